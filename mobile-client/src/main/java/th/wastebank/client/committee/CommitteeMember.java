package th.wastebank.client.committee;

import java.time.LocalDate;
import java.util.UUID;

import th.wastebank.client.store.SyncState;
import th.wastebank.committee.CommitteeRole;
import th.wastebank.committee.CommitteeUpsert;

/** A person on the bank's committee roster, as this phone knows them; {@code hasPin} when a PIN is set here. */
public record CommitteeMember(UUID id, CommitteeUpsert state, boolean hasPin, SyncState syncState) {
    public String name() {
        return state.name();
    }

    public CommitteeRole role() {
        return state.committeeRole();
    }

    public LocalDate from() {
        return state.from();
    }

    /** The last day of the term, or null while it runs. */
    public LocalDate to() {
        return state.to();
    }

    public long version() {
        return state.version();
    }

    public boolean onCommittee(LocalDate day) {
        return state.term().covers(day);
    }
}
