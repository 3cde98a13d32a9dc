package th.wastebank.server.member;

import th.wastebank.member.Membership;

/**
 * The shared definitions of {@link Membership} as SQL over the {@code member} table, for every query
 * that counts a bank's members and villages (the dashboard, the official monthly form), so they
 * cannot count two ways.
 */
public final class MemberSql {
    /** A member's village as counted ({@link Membership#village}): trimmed; blank is none (NULL). */
    public static final String VILLAGE = "NULLIF(TRIM(village), '')";
    /** The member was active on the day bound to its {@code ?} ({@link Membership#activeOn}). */
    public static final String ACTIVE_ON = "joined_on <= ?";

    private MemberSql() {
    }
}
