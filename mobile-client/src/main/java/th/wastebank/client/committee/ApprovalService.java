package th.wastebank.client.committee;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.wastebank.committee.Roster;

/**
 * Turns two roster members and their PINs into an {@link Approved}: the shared roster rule first
 * (two different people, both on the committee that day), then each PIN ({@link Pins}). Any refusal
 * is thrown before anything is saved, so a wrong PIN never leaves an op behind.
 */
public final class ApprovalService {
    private final CommitteeService committee;
    private final Pins pins;

    public ApprovalService(CommitteeService committee, Pins pins) {
        this.committee = committee;
        this.pins = pins;
    }

    public Approved approve(UUID first, String firstPin, UUID second, String secondPin, LocalDate day) {
        List<UUID> ids = List.of(first, second);
        Map<UUID, CommitteeMember> byId = new HashMap<>();
        Map<UUID, Roster.Term> terms = new HashMap<>();
        for (UUID id : ids) {
            committee.get(id).ifPresent(m -> {
                byId.put(id, m);
                terms.put(id, m.state().term());
            });
        }
        List<Roster.Finding> findings = Roster.check(ids, day, terms);
        if (!findings.isEmpty()) {
            Roster.Finding f = findings.get(0);
            throw ApprovalRefused.roster(second.equals(f.approverId()) ? 1 : 0, f.problem());
        }
        verify(0, first, firstPin);
        verify(1, second, secondPin);
        return Approved.byRoster(byId.get(first), byId.get(second));
    }

    private void verify(int approver, UUID id, String pin) {
        try {
            pins.verify(id, pin);
        } catch (ApprovalRefused refused) {
            throw refused.forApprover(approver);
        }
    }
}
