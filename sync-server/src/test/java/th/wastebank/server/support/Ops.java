package th.wastebank.server.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.github.f4b6a3.uuid.UuidCreator;

import th.wastebank.deposit.DepositLine;
import th.wastebank.deposit.DepositRecord;
import th.wastebank.ledger.EntryReverse;
import th.wastebank.member.MemberUpsert;
import th.wastebank.price.PriceSet;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.SyncOp;
import th.wastebank.welfare.ClaimFile;
import th.wastebank.welfare.FundContribution;
import th.wastebank.welfare.LevyLine;
import th.wastebank.welfare.LevyRun;
import th.wastebank.welfare.PayoutRecord;
import th.wastebank.welfare.SchemeUpsert;
import th.wastebank.withdrawal.WithdrawalRecord;

/** Builds well-formed ops the way a phone does: UUIDv7 ids, a running device sequence. */
public final class Ops {
    private final AtomicLong seq = new AtomicLong();
    private final Instant at;

    public Ops() {
        this(Instant.parse("2026-11-20T03:00:00Z"));
    }

    public Ops(Instant at) {
        this.at = at;
    }

    public static UUID newId() {
        return UuidCreator.getTimeOrderedEpoch();
    }

    public SyncOp op(UUID entityId, OpPayload payload) {
        return SyncOp.of(newId(), seq.incrementAndGet(), entityId, payload, at);
    }

    public SyncOp member(UUID memberId, String name) {
        return member(memberId, name, 1);
    }

    public SyncOp member(UUID memberId, String name, long version) {
        return op(memberId, new MemberUpsert(name, "99/1", "บ้านนายางกลัก หมู่ 4", null, LocalDate.of(2025, 6, 1), version));
    }

    public SyncOp member(UUID memberId, String name, LocalDate joinedOn) {
        return op(memberId, new MemberUpsert(name, null, "บ้านนายางกลัก หมู่ 4", null, joinedOn, 1));
    }

    public SyncOp deposit(UUID memberId, DepositLine... lines) {
        return op(newId(), DepositRecord.of(memberId, at, Arrays.asList(lines)));
    }

    /** A deposit of {@code grams} clear PET bottles at 8 baht a kilogram. */
    public SyncOp deposit(UUID memberId, long grams) {
        return deposit(memberId, DepositLine.priced("PET_CLEAR", grams, 800));
    }

    public SyncOp withdrawal(UUID memberId, long satang) {
        return op(newId(), new WithdrawalRecord(memberId, satang, at, List.of("สมชาย ประธาน", "สมหญิง เหรัญญิก")));
    }

    public SyncOp reverse(UUID entryId, String reason) {
        return op(newId(), new EntryReverse(entryId, reason));
    }

    public SyncOp product(UUID productId, String name, long version, String... photos) {
        return op(productId, new th.wastebank.product.ProductUpsert(name, "DRY_NON_RECYCLABLE",
                "ถุงพลาสติก, ขวดพลาสติก", "สานตามลายผ้าทอของหมู่บ้าน", "กลุ่มสตรีบ้านนายางกลัก", 15_000L, "SELLING",
                List.of(photos), version));
    }

    public SyncOp milestone(th.wastebank.progress.MilestoneRecord record) {
        return op(newId(), record);
    }

    /** A funeral scheme paying {@code payout} satang, funded by a levy of {@code levy} satang per death. */
    public SyncOp funeralScheme(UUID schemeId, long payout, long levy, long minMonths) {
        return op(schemeId, new SchemeUpsert("ฌาปนกิจสงเคราะห์สมาชิก", "FUNERAL", "FIXED", payout, null, minMonths, 0, 0,
                "LEVY_PER_EVENT", levy, null, "ACTIVE", 1));
    }

    public SyncOp claim(UUID claimId, UUID schemeId, UUID memberId, LocalDate eventDate) {
        return op(claimId, new ClaimFile(schemeId, memberId, eventDate, null, "ใบมรณบัตร", List.of(), at));
    }

    /** A levy run of {@code amount} satang from each member, for {@code event}. */
    public SyncOp levy(UUID runId, UUID schemeId, String event, List<UUID> members, long amount) {
        List<LevyLine> lines = members.stream().map(m -> new LevyLine(m, amount)).toList();
        return op(runId, new LevyRun(schemeId, event, "ฌาปนกิจ " + event, "LEVY_PER_EVENT", at, lines,
                amount * members.size(), List.of("สมชาย ประธาน", "สมหญิง เหรัญญิก")));
    }

    public SyncOp payout(UUID claimId, long amount) {
        return op(newId(), new PayoutRecord(claimId, amount, at, List.of("สมชาย ประธาน", "สมหญิง เหรัญญิก")));
    }

    public SyncOp contribution(long amount) {
        return op(newId(), new FundContribution(amount, "SALE_MARGIN", "กำไรจากการขายขวดพลาสติก", at));
    }

    public SyncOp price(String code, long pricePerKg, String nameTh) {
        return op(newId(), new PriceSet(code, pricePerKg, LocalDate.of(2026, 11, 1), nameTh, null));
    }
}
