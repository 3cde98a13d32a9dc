package th.wastebank.client.member;

import java.time.LocalDate;
import java.util.UUID;

import th.wastebank.client.store.SyncState;
import th.wastebank.member.MemberNumber;
import th.wastebank.member.MemberStatus;
import th.wastebank.member.Membership;

/**
 * A member of the waste bank as this phone knows them. {@code number} is their number in the bank
 * (ADR 0014), null until the server has given it (a member registered offline, not yet synced).
 * {@code villageNo} is the หมู่ที่ picked from the bank's village list (null: only a typed village);
 * {@code standing} says whether they still belong to the bank.
 */
public record Member(UUID id, String name, String houseNo, String village, String phone, LocalDate joinedOn,
                     long version, SyncState syncState, Long number, Integer villageNo, Standing standing) {

    /**
     * Whether the member still belongs to the bank: their status with its day and note (ADR 0017),
     * and, for a duplicate record merged into another, that member and the day.
     */
    public record Standing(MemberStatus status, LocalDate statusOn, String note, UUID mergedInto, LocalDate mergedOn) {
        public static final Standing ACTIVE = new Standing(MemberStatus.ACTIVE, null, null, null, null);

        public Standing {
            status = status == null ? MemberStatus.ACTIVE : status;
        }

        /** The day the member stopped being counted, levied or shared a dividend; null while a member. */
        public LocalDate leftOn() {
            return Membership.leftOn(status.ended() ? statusOn : null, mergedOn);
        }

        /** True once the member moved away, died, left or was merged into another record. */
        public boolean ended() {
            return status.ended() || mergedInto != null;
        }
    }

    public Member {
        standing = standing == null ? Standing.ACTIVE : standing;
    }

    /** A member not numbered yet. */
    public Member(UUID id, String name, String houseNo, String village, String phone, LocalDate joinedOn,
                  long version, SyncState syncState) {
        this(id, name, houseNo, village, phone, joinedOn, version, syncState, null);
    }

    /** An active member with only a typed village. */
    public Member(UUID id, String name, String houseNo, String village, String phone, LocalDate joinedOn,
                  long version, SyncState syncState, Long number) {
        this(id, name, houseNo, village, phone, joinedOn, version, syncState, number, null, Standing.ACTIVE);
    }

    /** The number as written on the card ({@code 0042-7}); null while the member has none. */
    public String writtenNumber() {
        return MemberNumber.formatOrNull(number);
    }

    /** The day the member left (moved away, died, left or merged), or null while they belong to the bank. */
    public LocalDate leftOn() {
        return standing.leftOn();
    }

    /** "12/3 หมู่ 4" style address line; empty when neither is known. */
    public String addressLine() {
        String house = houseNo == null ? "" : houseNo;
        String v = village == null ? "" : village;
        return (house + " " + v).strip();
    }
}
