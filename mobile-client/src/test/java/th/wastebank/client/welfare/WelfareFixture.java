package th.wastebank.client.welfare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.client.store.SyncState;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.member.MemberUpsert;

/** A bank's members and welfare schemes on a real phone store, for the welfare tests. */
public final class WelfareFixture {
    public static final long TWENTY_BAHT = 2_000;

    private WelfareFixture() {
    }

    /**
     * {@code n} members who joined on {@code joinedOn}, each with one deposit of {@code deposit}
     * satang, written in one transaction as if pulled from the server (an 828-household bank in a second).
     */
    public static List<Member> members(ClientContext phone, int n, LocalDate joinedOn, long deposit) {
        List<Member> out = new ArrayList<>();
        Instant depositedAt = StoreFixture.NOW.minusSeconds(86_400);
        phone.store().write(c -> {
            try (Ledger.Writer ledger = new Ledger.Writer(c)) {
                for (int i = 0; i < n; i++) {
                    UUID id = UuidCreator.getTimeOrderedEpoch();
                    MemberUpsert m = new MemberUpsert(String.format("สมาชิก %04d", i), String.valueOf(i + 1),
                            "หมู่ " + (i % 9 + 1), null, joinedOn, 1);
                    MemberService.save(c, id, m, SyncState.SENT);
                    if (deposit > 0) {
                        ledger.insert(new LedgerEntry(UuidCreator.getTimeOrderedEpoch(), id, Account.MEMBER_SAVINGS,
                                EntryKind.DEPOSIT, deposit, 5_000, depositedAt, null, null, SyncState.SENT, false), null);
                    }
                    out.add(new Member(id, m.name(), m.houseNo(), m.village(), null, joinedOn, 1, SyncState.SENT));
                }
            }
            return null;
        });
        return out;
    }

    /** ฌาปนกิจ: 3,000 baht per death, 20 baht from every member per death, members of 3 months or more. */
    public static Scheme funeral(ClientContext phone) {
        return phone.schemes().create(new SchemeService.Draft("ฌาปนกิจสงเคราะห์", "FUNERAL", "FIXED", 300_000, null,
                3, 0, 0, "LEVY_PER_EVENT", TWENTY_BAHT, null, "ACTIVE"));
    }

    /** Hospital stays: 200 baht a day up to 10 days, funded from the sale margin. */
    public static Scheme hospital(ClientContext phone) {
        return phone.schemes().create(new SchemeService.Draft("นอนโรงพยาบาล", "ILLNESS", "PER_DAY", 20_000, 10L,
                0, 0, 0, "SALE_MARGIN", null, null, "ACTIVE"));
    }

    public static Claim death(ClientContext phone, Scheme scheme, Member member) {
        return phone.claims().file(new ClaimService.Draft(scheme.id(), member.id(), LocalDate.of(2026, 11, 18), null,
                "เสียชีวิตที่บ้าน", List.of()));
    }

    /** Levies the scheme's 20 baht for the claim, approved by two committee members. */
    public static Levy levyFor(ClientContext phone, Scheme scheme, Claim claim) {
        LevyPreview preview = phone.levies().preview(new LevyService.Request(scheme.id(),
                LevyService.eventForClaim(claim.id()), "ฌาปนกิจ " + claim.memberName(), null, null));
        return phone.levies().run(preview, "นายสมชาย เหรัญญิก", "นางสมหญิง ประธาน");
    }
}
