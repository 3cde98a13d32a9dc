package th.wastebank.e2e;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.outbox.OutboxOp;
import th.wastebank.client.store.SyncState;
import th.wastebank.client.sync.SyncStatus;
import th.wastebank.client.welfare.Claim;
import th.wastebank.client.welfare.ClaimService;
import th.wastebank.client.welfare.FundSummary;
import th.wastebank.client.welfare.Levy;
import th.wastebank.client.welfare.LevyPreview;
import th.wastebank.client.welfare.LevyService;
import th.wastebank.client.welfare.Payout;
import th.wastebank.client.welfare.PayoutCheck;
import th.wastebank.client.welfare.Scheme;
import th.wastebank.client.welfare.SchemeService;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Welfare end to end: a committee's phone sets up a funeral scheme, files a member's death, levies
 * every member's savings into the welfare fund, pays the claim out of the fund with two names and
 * takes money into the fund, all with no signal; then syncs over real HTTP to the real server and
 * its real database. Every member's savings and the fund agree between phone and server to the
 * satang, exactly once. A second phone that levied the same death before it heard of the first
 * phone's run is refused by the server and, once it gives its run up, agrees with the server too.
 */
class WelfareSyncTest extends OnRunningServer {
    private static final long TWENTY_BAHT = 2_000;
    private static final long FUNERAL_PAYOUT = 10_000;
    private static final long SALE_MARGIN = 50_000;
    private static final String TREASURER = "นายสมชาย เหรัญญิก";
    private static final String CHAIR = "นางสมหญิง ประธาน";

    @Test
    void aFuneralLevyAndItsPayoutRecordedOfflineReachTheServerExactlyOnce(@TempDir Path phoneADir,
            @TempDir Path phoneBDir) throws Exception {
        Api api = server.api();
        String org = TestOrgs.create("อบต.ฌาปนกิจบ้านนายางกลัก");
        try (ClientContext phoneA = phone(phoneADir);
             ClientContext phoneB = phone(phoneBDir)) {
            phoneA.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์เหรัญญิก");

            // offline: members with savings, the scheme, a death, the levy, the payout, money into the fund
            LocalDate today = LocalDate.now(Dates.THAI);
            List<Member> members = membersWithSavings(phoneA, today, 6);
            Map<UUID, Long> beforeLevy = balances(phoneA, members);
            Scheme funeral = funeral(phoneA);
            Member deceased = members.get(2);
            Claim death = phoneA.claims().file(new ClaimService.Draft(funeral.id(),
                    deceased.id(), today.minusDays(1), null, "เสียชีวิตที่บ้าน", List.of()));
            assertTrue(death.eligible(), "a member of a year meets the scheme's rules: " + death.unmetTh());

            Levy levy = levyFor(phoneA, funeral, death);
            assertEquals(members.size(), levy.members());
            assertEquals(members.size() * TWENTY_BAHT, levy.total());
            for (Member m : members) {
                assertEquals(beforeLevy.get(m.id()) - TWENTY_BAHT, phoneA.ledger().balance(m.id()),
                        "the levy came out of the savings of " + m.name());
            }
            assertEquals(members.size() * TWENTY_BAHT, phoneA.fund().balance());

            PayoutCheck check = phoneA.fund().check(death.id(), FUNERAL_PAYOUT);
            assertFalse(check.aboveFund() || check.aboveRule() || check.alreadyPaid(), check.toString());
            Payout payout = phoneA.fund().pay(death.id(), FUNERAL_PAYOUT, TREASURER, CHAIR);
            assertEquals(List.of(TREASURER, CHAIR), payout.approvedBy());
            phoneA.fund().contribute(SALE_MARGIN, "SALE_MARGIN", "ส่วนต่างการขายขยะเดือนนี้");
            Map<UUID, Long> onPhone = balances(phoneA, members);
            for (Member m : members) {
                assertEquals(beforeLevy.get(m.id()) - TWENTY_BAHT, onPhone.get(m.id()),
                        "the payout and the contribution leave savings alone");
            }
            long fundOnPhone = members.size() * TWENTY_BAHT - FUNERAL_PAYOUT + SALE_MARGIN;
            assertEquals(fundOnPhone, phoneA.fund().balance());
            FundSummary summaryOnPhone = phoneA.fund().summary();

            // back in signal: one sync, every op applied
            int ops = phoneA.outbox().pendingCount();
            long ledgerRowsOnPhone = entriesOnPhone(phoneA);
            SyncStatus first = phoneA.sync().syncOnce();
            assertEquals(ops, first.sent(), "every op was answered");
            assertEquals(0, phoneA.outbox().pendingCount());
            assertEquals(0, phoneA.outbox().rejectedCount(), "the server refused nothing");
            assertEquals(ops, Db.opRows(org), "each op applied exactly once");
            assertEquals(ledgerRowsOnPhone, Db.ledgerRows(org), "each entry exactly once on the server");
            assertEquals(SyncState.SENT, phoneA.levies().list().get(0).syncState());
            assertEquals(SyncState.SENT, phoneA.fund().payouts(death.id()).get(0).syncState());

            // the server agrees to the satang
            assertEquals(onPhone, serverBalances(api, org));
            Map<String, Object> welfare = serverWelfare(api, org);
            Map<String, Object> fund = map(welfare.get("fund"));
            assertEquals(fundOnPhone, number(fund.get("balance")));
            assertEquals(members.size() * TWENTY_BAHT, number(fund.get("levied")), "the levy is members × 20 baht");
            assertEquals(FUNERAL_PAYOUT, number(fund.get("paidOut")));
            assertEquals(SALE_MARGIN, number(fund.get("contributed")));
            assertEquals(summaryOnPhone, new FundSummary(number(fund.get("balance")), number(fund.get("levied")),
                    number(fund.get("contributed")), number(fund.get("paidOut")), number(fund.get("reversed")),
                    number(fund.get("entries"))), "the fund's figures on the phone and on the server");
            List<Map<String, Object>> levies = list(welfare.get("levies"));
            assertEquals(1, levies.size());
            assertEquals(levy.id().toString(), levies.get(0).get("id"));
            assertEquals(LevyService.eventForClaim(death.id()), levies.get(0).get("event"));
            assertEquals(members.size(), number(levies.get(0).get("members")));
            assertEquals(members.size() * TWENTY_BAHT, number(levies.get(0).get("total")));
            List<Map<String, Object>> claims = list(welfare.get("claims"));
            assertEquals(1, claims.size());
            assertEquals(deceased.id().toString(), claims.get(0).get("memberId"));
            assertEquals(1, number(claims.get(0).get("payoutCount")));
            assertEquals(FUNERAL_PAYOUT, number(claims.get(0).get("paid")));
            assertEquals(List.of(funeral.id().toString()), list(welfare.get("schemes")).stream()
                    .map(s -> s.get("id")).toList());
            assertEquals(members.size() + 1, serverEntries(org, EntryKind.WELFARE_LEVY),
                    "one debit per member and the fund's credit");
            assertEquals(members.size() * TWENTY_BAHT, fundOf(org, EntryKind.WELFARE_LEVY));

            // a second sync sends nothing and changes nothing
            SyncStatus second = phoneA.sync().syncOnce();
            assertEquals(0, second.sent());
            assertEquals(0, second.pulled(), "nothing new on the server");
            assertEquals(ops, Db.opRows(org));
            assertEquals(ledgerRowsOnPhone, Db.ledgerRows(org));
            assertEquals(ledgerRowsOnPhone, entriesOnPhone(phoneA));
            assertEquals(onPhone, serverBalances(api, org));
            assertEquals(onPhone, balances(phoneA, members));
            assertEquals(fundOnPhone, number(map(serverWelfare(api, org).get("fund")).get("balance")));
            assertEquals(fundOnPhone, phoneA.fund().balance());

            // a phone paired afterwards pulls all of it and shows the same
            phoneB.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์ประธาน");
            phoneB.sync().syncOnce();
            assertEquals(onPhone, balances(phoneB, members));
            assertEquals(summaryOnPhone, phoneB.fund().summary());
            assertEquals(ledgerRowsOnPhone, entriesOnPhone(phoneB));
        }
    }

    @Test
    void aSecondPhoneLevyingTheSameDeathIsRefusedAndAgreesWithTheServerOnceItGivesItsRunUp(
            @TempDir Path phoneADir, @TempDir Path phoneBDir) throws Exception {
        Api api = server.api();
        String org = TestOrgs.create("อบต.สองเครื่อง");
        try (ClientContext phoneA = phone(phoneADir);
             ClientContext phoneB = phone(phoneBDir)) {
            phoneA.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์เหรัญญิก");
            phoneB.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์ประธาน");

            // the treasurer's phone registers the members, the scheme and the death; both phones hear of them
            LocalDate today = LocalDate.now(Dates.THAI);
            List<Member> members = membersWithSavings(phoneA, today, 5);
            Scheme funeral = funeral(phoneA);
            Claim death = phoneA.claims().file(new ClaimService.Draft(funeral.id(),
                    members.get(0).id(), today.minusDays(2), null, "เสียชีวิตที่โรงพยาบาล", List.of()));
            phoneA.sync().syncOnce();
            assertEquals(0, phoneA.outbox().rejectedCount());
            phoneB.sync().syncOnce();
            Map<UUID, Long> beforeLevy = serverBalances(api, org);
            assertEquals(beforeLevy, balances(phoneB, members));
            assertTrue(phoneB.claims().get(death.id()).isPresent(), "phone B holds the claim");
            assertTrue(phoneB.schemes().get(funeral.id()).isPresent(), "phone B holds the scheme");

            // both committees, each with no signal, levy for the same death; A also pays and takes in money
            Levy levyA = levyFor(phoneA, funeral, death);
            phoneA.fund().pay(death.id(), FUNERAL_PAYOUT, TREASURER, CHAIR);
            UUID contribution = phoneA.fund().contribute(SALE_MARGIN, "DONATION", "ผ้าป่าขยะ");
            LevyPreview previewB = phoneB.levies().preview(new LevyService.Request(funeral.id(),
                    LevyService.eventForClaim(death.id()), "ฌาปนกิจ " + death.memberName(), null, null));
            assertFalse(previewB.alreadyRun(), "phone B has not heard of A's run");
            Levy levyB = phoneB.levies().run(previewB, "นายสมศักดิ์ กรรมการ", "นางสมใจ กรรมการ");
            for (Member m : members) {
                assertEquals(beforeLevy.get(m.id()) - TWENTY_BAHT, phoneB.ledger().balance(m.id()));
            }

            // A reaches the server first
            int opsA = phoneA.outbox().pendingCount();
            long opRows = Db.opRows(org);
            assertEquals(opsA, phoneA.sync().syncOnce().sent());
            assertEquals(0, phoneA.outbox().pendingCount() + phoneA.outbox().rejectedCount());
            assertEquals(opRows + opsA, Db.opRows(org));
            long ledgerRows = Db.ledgerRows(org);
            Map<UUID, Long> onServer = serverBalances(api, org);
            for (Member m : members) {
                assertEquals(beforeLevy.get(m.id()) - TWENTY_BAHT, onServer.get(m.id()), "levied once on the server");
            }
            long fundOnServer = number(map(serverWelfare(api, org).get("fund")).get("balance"));
            assertEquals(members.size() * TWENTY_BAHT - FUNERAL_PAYOUT + SALE_MARGIN, fundOnServer);

            // B's run is refused; it pulls A's run, the payout and the contribution meanwhile
            SyncStatus b = phoneB.sync().syncOnce();
            assertEquals(1, b.sent());
            assertEquals(1, b.rejected());
            List<OutboxOp> refused = phoneB.outbox().rejected();
            assertEquals(1, refused.size());
            assertEquals("welfare.levy.run", refused.get(0).type());
            assertEquals(levyB.id(), refused.get(0).entityId());
            assertEquals(ReasonCode.LEVY_ALREADY_RUN.name(), refused.get(0).reasonCode());
            assertEquals(opRows + opsA, Db.opRows(org), "the server stored nothing of B's run");
            assertEquals(ledgerRows, Db.ledgerRows(org), "and debited nobody twice");
            assertEquals(1, Db.count("SELECT COUNT(*) FROM welfare_levy l JOIN org o ON o.id = l.org_id"
                    + " WHERE o.code = ?", org));
            assertEquals(SyncState.REJECTED, phoneB.levies().list().stream()
                    .filter(l -> l.id().equals(levyB.id())).findFirst().orElseThrow().syncState());
            for (Member m : members) {
                assertEquals(onServer.get(m.id()) - TWENTY_BAHT, phoneB.ledger().balance(m.id()),
                        "until B gives its run up, its members show two levies");
            }

            // the committee gives the refused run up, as from the problems screen
            phoneB.outbox().discard(refused.get(0).seq());
            assertEquals(0, phoneB.outbox().rejectedCount());
            assertEquals(onServer, balances(phoneB, members), "B's balances are the server's again");
            assertEquals(fundOnServer, phoneB.fund().balance());
            assertEquals(phoneA.fund().summary(), phoneB.fund().summary());
            List<Levy> leviesOnB = phoneB.levies().list();
            assertEquals(List.of(levyA.id()), leviesOnB.stream().map(Levy::id).toList(), "only A's run is left");
            assertEquals(SyncState.PULLED, leviesOnB.get(0).syncState(), "A's run came from the server");
            assertEquals(levyA.total(), leviesOnB.get(0).total());
            List<Payout> payoutsOnB = phoneB.fund().payouts(death.id());
            assertEquals(1, payoutsOnB.size());
            assertEquals(FUNERAL_PAYOUT, payoutsOnB.get(0).amount());
            assertEquals(List.of(TREASURER, CHAIR), payoutsOnB.get(0).approvedBy());
            assertEquals(FUNERAL_PAYOUT, phoneB.claims().get(death.id()).orElseThrow().paid());
            assertTrue(phoneB.ledger().entry(contribution).isPresent(), "A's contribution reached B");
            assertEquals(SALE_MARGIN, phoneB.fund().summary().contributed());

            // and now B knows the death was levied: a new run for it is refused on the phone itself
            LevyPreview again = phoneB.levies().preview(new LevyService.Request(funeral.id(),
                    LevyService.eventForClaim(death.id()), "ฌาปนกิจ " + death.memberName(), null, null));
            assertTrue(again.alreadyRun());
            Invalid refusedHere = assertThrows(Invalid.class, () -> phoneB.levies().run(again, TREASURER, CHAIR));
            assertEquals(ReasonCode.LEVY_ALREADY_RUN, refusedHere.violations().get(0).code());
            assertEquals(0, phoneB.outbox().pendingCount());

            // a last sync on each phone changes nothing anywhere
            phoneB.sync().syncOnce();
            phoneA.sync().syncOnce();
            assertEquals(ledgerRows, Db.ledgerRows(org));
            assertEquals(onServer, serverBalances(api, org));
            assertEquals(onServer, balances(phoneA, members));
            assertEquals(onServer, balances(phoneB, members));
        }
    }

    /** {@code n} members of a year's standing, each with one or two deposits of different sizes. */
    private static List<Member> membersWithSavings(ClientContext phone, LocalDate today, int n) {
        phone.prices().set("PET_CLEAR", 800, today, null);
        phone.prices().set("ALU_CAN", 4_000, today, null);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Member m = phone.members().register(new MemberService.Draft("สมาชิก " + i + " บ้านนายางกลัก",
                    String.valueOf(40 + i), "หมู่ 4", null, today.minusYears(1).minusDays(i)));
            members.add(m);
            phone.deposits().record(m.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 3_000 + 700 * i),
                    new DepositService.LineDraft("ALU_CAN", 1_000 + 130 * i)));
            if (i % 2 == 0) {
                phone.deposits().record(m.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 1_250 + 10 * i)));
            }
        }
        return members;
    }

    /** ฌาปนกิจสงเคราะห์: 100 baht per death, 20 baht from every member per death, members of 3 months or more. */
    private static Scheme funeral(ClientContext phone) {
        return phone.schemes().create(new SchemeService.Draft("ฌาปนกิจสงเคราะห์", "FUNERAL", "FIXED", FUNERAL_PAYOUT,
                null, 3, 0, 0, "LEVY_PER_EVENT", TWENTY_BAHT, null, "ACTIVE"));
    }

    private static Levy levyFor(ClientContext phone, Scheme scheme, Claim claim) {
        LevyPreview preview = phone.levies().preview(new LevyService.Request(scheme.id(),
                LevyService.eventForClaim(claim.id()), "ฌาปนกิจ " + claim.memberName(), null, null));
        assertFalse(preview.alreadyRun());
        assertEquals(0, preview.goingNegative(), "every member can afford the levy");
        return phone.levies().run(preview, TREASURER, CHAIR);
    }

    private static Map<UUID, Long> balances(ClientContext phone, List<Member> members) {
        Map<UUID, Long> out = new HashMap<>();
        for (Member m : members) {
            out.put(m.id(), phone.ledger().balance(m.id()));
        }
        return out;
    }

    private static long entriesOnPhone(ClientContext phone) {
        return phone.store().read(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM entry"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static long serverEntries(String org, EntryKind kind) {
        return Db.count("SELECT COUNT(*) FROM ledger_entry e JOIN org o ON o.id = e.org_id"
                + " WHERE o.code = ? AND e.kind = ?", org, kind.code());
    }

    private static long fundOf(String org, EntryKind kind) {
        return Db.count("SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e JOIN org o ON o.id = e.org_id"
                + " WHERE o.code = ? AND e.account = ? AND e.kind = ?", org, Account.WELFARE_FUND.code(), kind.code());
    }

    private static Map<UUID, Long> serverBalances(Api api, String org) {
        Api.Response r = api.get("/api/v1/admin/orgs/" + org + "/balances", api.adminToken());
        assertEquals(200, r.status(), r.body());
        Map<UUID, Long> out = new HashMap<>();
        for (Map<String, Object> row : list(Api.parse("{\"r\":" + r.body() + "}").get("r"))) {
            out.put(UUID.fromString((String) row.get("memberId")), number(row.get("balance")));
        }
        return out;
    }

    private static Map<String, Object> serverWelfare(Api api, String org) {
        Api.Response r = api.get("/api/v1/admin/orgs/" + org + "/welfare", api.adminToken());
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }
}
