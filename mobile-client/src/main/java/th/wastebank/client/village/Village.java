package th.wastebank.client.village;

import java.util.UUID;

import th.wastebank.client.store.SyncState;
import th.wastebank.village.VillageUpsert;

/** A village of the อปท.'s list as this phone knows it. */
public record Village(UUID id, VillageUpsert state, SyncState syncState) {
    public int number() {
        return state.number();
    }

    /** The village's name, or null when it has only its number. */
    public String name() {
        return state.name();
    }

    /** No longer offered in the member form, still named for those who live there. */
    public boolean retired() {
        return state.retired();
    }

    public long version() {
        return state.version();
    }

    /** "หมู่ที่ 4 บ้านหนองบัว": how the list and the member form name it, and the text a member's record keeps. */
    public String label() {
        return state.label();
    }
}
