package th.wastebank.client.member;

import java.time.LocalDate;
import java.util.UUID;

import th.wastebank.client.store.SyncState;
import th.wastebank.member.MemberNumber;

/**
 * A member of the waste bank as this phone knows them. {@code number} is their number in the bank
 * (ADR 0014), null until the server has given it (a member registered offline, not yet synced).
 */
public record Member(UUID id, String name, String houseNo, String village, String phone, LocalDate joinedOn,
                     long version, SyncState syncState, Long number) {

    /** A member not numbered yet. */
    public Member(UUID id, String name, String houseNo, String village, String phone, LocalDate joinedOn,
                  long version, SyncState syncState) {
        this(id, name, houseNo, village, phone, joinedOn, version, syncState, null);
    }

    /** The number as written on the card ({@code 0042-7}); null while the member has none. */
    public String writtenNumber() {
        return MemberNumber.formatOrNull(number);
    }

    /** "12/3 หมู่ 4" style address line; empty when neither is known. */
    public String addressLine() {
        String house = houseNo == null ? "" : houseNo;
        String v = village == null ? "" : village;
        return (house + " " + v).strip();
    }
}
