package th.wastebank.client.transfer;

import java.util.UUID;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.validation.ReasonCode;

/** A member with the savings balance this phone knows, as the move screens show them. */
record MemberBalance(Member member, long balance) {
    /** Reads the member (UNKNOWN_MEMBER for {@code field} when this phone has none) and their balance. */
    static MemberBalance read(MemberService members, Ledger ledger, UUID memberId, String field) {
        return new MemberBalance(members.get(memberId).orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_MEMBER, field)),
                ledger.balance(memberId));
    }
}
