package th.wastebank.server.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import th.wastebank.deposit.DepositLine;
import th.wastebank.member.MemberUpsert;
import th.wastebank.sale.BuyerUpsert;
import th.wastebank.sale.SaleLine;
import th.wastebank.sale.SaleRecord;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.TestDatabase;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;
import th.wastebank.validation.Dates;

/**
 * A small country for the dashboard tests, in a schema of the test's own, with its money and steps
 * pushed through the real sync API: in จ.ชัยภูมิ, อ.เทพสถิต has อบต.นายางกลัก (a busy waste bank, steps
 * 1-3 and a product) and อบต.ห้วยยายจิ๋ว (one member paid out twice: a negative-balance flag), and
 * อ.เมืองชัยภูมิ has ทต.ในเมืองทดสอบ (step 1); in จ.ตาก, ทต.ระแหงทดสอบ has nothing yet. One officer per
 * level, all with {@link #PASSWORD}.
 */
final class DashboardFixture {
    static final String PASSWORD = "waste-bank-2569!";

    static final String NAYANGKLAK = "W360903";
    static final String NAYANGKLAK_NAME = "อบต.นายางกลักทดสอบ";
    static final String HUAI = "W360902";
    static final String HUAI_NAME = "อบต.ห้วยยายจิ๋วทดสอบ";
    static final String NAIMUEANG = "W360101";
    static final String NAIMUEANG_NAME = "ทต.ในเมืองทดสอบ";
    static final String RAHAENG = "W630101";
    static final String RAHAENG_NAME = "ทต.ระแหงทดสอบ";

    static final String NATIONAL = "nation.admin";
    static final String PROVINCE_36 = "chaiyaphum.officer";
    static final String DISTRICT_3609 = "thepsathit.officer";
    static final String ORG_NAYANGKLAK = "nayangklak.officer";
    static final String ORG_HUAI = "huai.officer";

    /** อบต.นายางกลัก this month: 2.5 + 10 + 1.25 + 4 kg for 20 + 30 + 50 + 4 baht. */
    static final long NAYANGKLAK_GRAMS_THIS_MONTH = 17_750;
    static final long NAYANGKLAK_SATANG_THIS_MONTH = 10_400;
    /** Sold to a shop this month: 8 kg of cardboard at 4 baht and 1 kg of cans at 45 baht, out of the stock bought. */
    static final long NAYANGKLAK_SOLD_GRAMS_THIS_MONTH = 9_000;
    static final long NAYANGKLAK_SOLD_SATANG_THIS_MONTH = 7_700;
    /** 45 days earlier: 5 kg of clear PET, 40 baht. */
    static final long NAYANGKLAK_GRAMS_BEFORE = 5_000;
    static final long NAYANGKLAK_SATANG_BEFORE = 4_000;
    /** Everything deposited (144 baht) less one 20-baht payout. */
    static final long NAYANGKLAK_SAVINGS = 12_400;
    /** อบต.ห้วยยายจิ๋ว: 1 kg for 8 baht, paid out twice. */
    static final long HUAI_GRAMS = 1_000;
    static final long HUAI_SATANG = 800;

    final Instant now = Instant.now();
    final Instant before = now.minus(Duration.ofDays(45));
    final YearMonth thisMonth = YearMonth.from(now.atZone(Dates.THAI));
    final YearMonth monthBefore = YearMonth.from(before.atZone(Dates.THAI));
    final String jdbcUrl;
    final Api.Device nayangklakPhone;
    final Api.Device huaiPhone;

    private DashboardFixture(String jdbcUrl, Api.Device nayangklakPhone, Api.Device huaiPhone) {
        this.jdbcUrl = jdbcUrl;
        this.nayangklakPhone = nayangklakPhone;
        this.huaiPhone = huaiPhone;
    }

    /** Creates the orgs in the schema at {@code jdbcUrl}, the officers, and pushes the data. */
    static DashboardFixture build(Api api, String jdbcUrl) {
        TestOrgs.createIn(jdbcUrl, NAYANGKLAK, NAYANGKLAK_NAME, "360903");
        TestOrgs.createIn(jdbcUrl, HUAI, HUAI_NAME, "360902");
        TestOrgs.createIn(jdbcUrl, NAIMUEANG, NAIMUEANG_NAME, "360101");
        TestOrgs.createIn(jdbcUrl, RAHAENG, RAHAENG_NAME, "630101");
        api.createStaff(NATIONAL, "ผู้ดูแลระดับประเทศ", PASSWORD, "NATIONAL", null);
        api.createStaff(PROVINCE_36, "ท้องถิ่นจังหวัดชัยภูมิ", PASSWORD, "PROVINCE", "36");
        api.createStaff(DISTRICT_3609, "ท้องถิ่นอำเภอเทพสถิต", PASSWORD, "DISTRICT", "3609");
        api.createStaff(ORG_NAYANGKLAK, "เจ้าหน้าที่ อบต.นายางกลัก", PASSWORD, "ORG", NAYANGKLAK);
        api.createStaff(ORG_HUAI, "เจ้าหน้าที่ อบต.ห้วยยายจิ๋ว", PASSWORD, "ORG", HUAI);

        DashboardFixture f = new DashboardFixture(jdbcUrl, api.pair(NAYANGKLAK), api.pair(HUAI));
        f.pushNayangklak(api);
        f.pushHuai(api);
        f.pushNaimueang(api);
        return f;
    }

    private void pushNayangklak(Api api) {
        Ops ops = new Ops(now);
        Ops earlier = new Ops(before);
        LocalDate today = LocalDate.now(Dates.THAI);
        UUID somsri = Ops.newId();
        UUID boonmee = Ops.newId();
        UUID malee = Ops.newId();
        UUID basket = Ops.newId();
        UUID shop = Ops.newId();
        List<SaleLine> sold = List.of(SaleLine.priced("CARDBOARD", 8_000, 400), SaleLine.priced("ALU_CAN", 1_000, 4_500));
        List<SyncOp> batch = List.of(
                ops.op(somsri, new MemberUpsert("นางสมศรี ใจดี", "12", "หมู่ 1 บ้านนายางกลัก", null, today.minusYears(1), 1)),
                ops.op(boonmee, new MemberUpsert("นายบุญมี รักษ์โลก", "7", "หมู่ 4 บ้านหนองบัว", null, today.minusYears(1), 1)),
                ops.op(malee, new MemberUpsert("นางสาวมาลี ศรีสุข", "30", "หมู่ 4 บ้านหนองบัว", null, today.minusYears(1), 1)),
                earlier.deposit(somsri, DepositLine.priced("PET_CLEAR", 5_000, 800)),
                ops.deposit(somsri, DepositLine.priced("PET_CLEAR", 2_500, 800)),
                ops.deposit(boonmee, DepositLine.priced("CARDBOARD", 10_000, 300), DepositLine.priced("ALU_CAN", 1_250, 4_000)),
                ops.deposit(malee, DepositLine.priced("GLASS_BOTTLE", 4_000, 100)),
                ops.withdrawal(boonmee, 2_000),
                ops.milestone(step(1, today.minusDays(10), "ตะกร้าสานจากถุงพลาสติก", null, null)),
                ops.milestone(step(2, today.minusDays(5), null, 42L, null)),
                ops.product(basket, "ตะกร้าสานลายผ้าทอ", 1),
                ops.milestone(step(3, today.minusDays(1), null, null, basket)),
                ops.op(shop, new BuyerUpsert("ร้านวงษ์พาณิชย์ รับซื้อของเก่า", "SHOP", "044-123456", null)),
                ops.op(Ops.newId(), new SaleRecord(shop, today, sold, NAYANGKLAK_SOLD_SATANG_THIS_MONTH, null,
                        "นางสมศรี ใจดี")));
        expectApplied(api.pushStatuses(nayangklakPhone, batch));
    }

    private void pushHuai(Api api) {
        Ops ops = new Ops(now);
        UUID member = Ops.newId();
        expectApplied(api.pushStatuses(huaiPhone, List.of(
                ops.op(member, new MemberUpsert("นางสาวถอนสองครั้ง", "1", "หมู่ 2", null, LocalDate.now(Dates.THAI), 1)),
                ops.deposit(member, DepositLine.priced("PET_CLEAR", 1_000, 800)))));
        // paid out the whole 8 baht twice: the second payout takes the balance below zero
        expectApplied(api.pushStatuses(huaiPhone, List.of(ops.withdrawal(member, 800))));
        expectApplied(api.pushStatuses(huaiPhone, List.of(ops.withdrawal(member, 800))));
    }

    private void pushNaimueang(Api api) {
        Api.Device phone = api.pair(NAIMUEANG);
        Ops ops = new Ops(now);
        expectApplied(api.pushStatuses(phone, List.of(ops.milestone(step(1, LocalDate.now(Dates.THAI).minusDays(3),
                "ปุ๋ยหมักจากเศษอาหาร", null, null)))));
    }

    /** A number from the fixture's schema (first column of the first row). */
    long count(String sql, Object... params) {
        String value = string(sql, params);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** A value from the fixture's schema (first column of the first row), or null. */
    String string(String sql, Object... params) {
        try (Connection c = TestDatabase.connect(jdbcUrl);
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MilestoneRecord step(long step, LocalDate day, String income, Long people, UUID product) {
        return new MilestoneRecord(step, day, null, income, people, null, product, null, null, null, List.of());
    }

    private static void expectApplied(List<String> statuses) {
        if (statuses.stream().anyMatch(s -> !s.equals("APPLIED"))) {
            throw new AssertionError("not all applied: " + statuses);
        }
    }
}
