package th.wastebank.client.committee;

import java.util.List;
import java.util.UUID;

/**
 * Who approved money leaving an account, as the op will carry it: two typed names (a bank with no
 * roster yet), or two roster members whose PINs this phone has just checked, with their names for
 * people to read. An approval by roster ids can only be made by {@link ApprovalService}.
 */
public final class Approved {
    private final List<String> names;
    private final List<UUID> ids;

    private Approved(List<String> names, List<UUID> ids) {
        this.names = List.copyOf(names);
        this.ids = ids == null ? null : List.copyOf(ids);
    }

    /** Two names as typed (blank ones are nobody, and the payload's rule then refuses). */
    public static Approved byNames(String first, String second) {
        return new Approved(List.of(nz(first), nz(second)).stream().filter(s -> !s.isEmpty()).toList(), null);
    }

    static Approved byRoster(CommitteeMember first, CommitteeMember second) {
        return new Approved(List.of(first.name(), second.name()), List.of(first.id(), second.id()));
    }

    /** The names in {@code approvedBy}. */
    public List<String> names() {
        return names;
    }

    /** The roster ids in {@code approverIds}, or null for typed names. */
    public List<UUID> ids() {
        return ids;
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
