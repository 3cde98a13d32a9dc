package th.wastebank.client.member;

import java.time.LocalDate;
import java.util.UUID;

import th.wastebank.client.store.SyncState;

/** A member of the waste bank as this phone knows them. */
public record Member(UUID id, String name, String houseNo, String village, String phone, LocalDate joinedOn,
                     long version, SyncState syncState) {

    /** "12/3 หมู่ 4" style address line; empty when neither is known. */
    public String addressLine() {
        String house = houseNo == null ? "" : houseNo;
        String v = village == null ? "" : village;
        return (house + " " + v).strip();
    }
}
