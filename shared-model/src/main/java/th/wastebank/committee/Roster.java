package th.wastebank.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.wastebank.validation.Dates;

/**
 * The one rule for money approved by roster ids: two different members of the bank's roster, both
 * on the committee on the op's day (Thai time). The phone refuses to save an approval that breaks
 * it; the server, which receives cash already handed over, records the op and flags it.
 */
public final class Roster {
    private Roster() {
    }

    /** A seat's term: from its first day to its last (open while {@code to} is null), both inclusive. */
    public record Term(LocalDate from, LocalDate to) {
        public boolean covers(LocalDate day) {
            return from != null && day != null && !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /** What is wrong with one approval, in the order it is checked. */
    public enum Problem {
        /** Fewer or more than two ids. */
        NOT_TWO("ต้องมีกรรมการยืนยันสองคน", "Two committee members must approve"),
        /** An id that is not on the bank's roster. */
        UNKNOWN("ไม่พบกรรมการคนนี้ในรายชื่อคณะกรรมการของธนาคาร", "This person is not on the bank's committee roster"),
        /** One roster member twice. */
        SAME_PERSON("กรรมการคนเดียวกันยืนยันสองครั้งไม่ได้ กรุณาให้กรรมการอีกคนยืนยัน",
                "The same committee member cannot approve twice; a second member must approve"),
        /** A roster member whose term does not cover the day. */
        NOT_ON_COMMITTEE("กรรมการคนนี้ไม่ได้อยู่ในวาระในวันที่จ่ายเงิน",
                "This person was not on the committee on the day of payment");

        private final String messageTh;
        private final String messageEn;

        Problem(String messageTh, String messageEn) {
            this.messageTh = messageTh;
            this.messageEn = messageEn;
        }

        public String messageTh() {
            return messageTh;
        }

        public String messageEn() {
            return messageEn;
        }
    }

    /** One problem and the roster id it is about (null for {@link Problem#NOT_TWO}). */
    public record Finding(Problem problem, UUID approverId) {
    }

    /** The day an op's instant falls on in Thailand. */
    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, Dates.THAI);
    }

    /**
     * Everything wrong with {@code approverIds} on {@code day} against the roster's terms; empty when
     * two different roster members, both on the committee that day, approved.
     */
    public static List<Finding> check(List<UUID> approverIds, LocalDate day, Map<UUID, Term> roster) {
        List<Finding> out = new ArrayList<>();
        if (approverIds.size() != 2) {
            out.add(new Finding(Problem.NOT_TWO, null));
        }
        for (UUID id : new LinkedHashSet<>(approverIds)) {
            Term term = roster.get(id);
            if (term == null) {
                out.add(new Finding(Problem.UNKNOWN, id));
            } else if (!term.covers(day)) {
                out.add(new Finding(Problem.NOT_ON_COMMITTEE, id));
            }
        }
        if (approverIds.size() == 2 && approverIds.get(0).equals(approverIds.get(1))) {
            out.add(new Finding(Problem.SAME_PERSON, approverIds.get(0)));
        }
        return out;
    }
}
