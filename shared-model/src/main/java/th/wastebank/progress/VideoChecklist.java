package th.wastebank.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The soft-power video's checklist (step 4), one rule for the phone, the server's review flags and
 * the อปท. page: the length, the file name, the presenter (the head of the อปท.) and the five logos in
 * the letter's order. An unmet item is saved and flagged with its reason, never refused.
 *
 * <p>A step 4 sent by a phone from before the checklist carries neither presenter nor logos
 * ({@link MilestoneRecord#checklistStated()} false, ADR 0022): its presenter, logos and a missing file
 * name are "not stated", shown as such and not flagged; its length and a file name it gave are still checked.
 */
public final class VideoChecklist {
    /** One unmet item with the reason the committee and the officer read. */
    public enum Unmet {
        TOO_LONG("วิดีโอยาวเกิน 5 นาที หนังสือสั่งการกำหนดความยาวไม่เกิน 5 นาที",
                "The video is longer than the 5 minutes the letter allows"),
        FILE_NAME_MISSING("ไม่ได้ระบุชื่อไฟล์วิดีโอ", "The video's file name is not given"),
        FILE_NAME_WRONG_START("ชื่อไฟล์ไม่ขึ้นต้นด้วย \"" + VideoRules.FILE_NAME_PREFIX + "\" ตามหนังสือสั่งการ",
                "The file name does not start with \"" + VideoRules.FILE_NAME_PREFIX + "\" as the letter asks"),
        FILE_NAME_UNKNOWN_KIND("ชื่อไฟล์ไม่ระบุประเภท อปท. ต่อจากคำว่า \"ของ\" (เทศบาลตำบล เทศบาลเมือง เทศบาลนคร"
                + " องค์การบริหารส่วนตำบล หรือเมืองพัทยา)",
                "The file name does not give the kind of local government after \"ของ\""),
        FILE_NAME_NO_NAME("ชื่อไฟล์ไม่มีชื่อ อปท. ต่อท้ายประเภท", "The file name lacks the local government's name"),
        PRESENTER_NOT_STATED("ไม่ได้ระบุผู้นำเสนอวิดีโอ", "Who presents the video is not given"),
        PRESENTER_NOT_HEAD("ผู้นำเสนอไม่ใช่นายกเทศมนตรีหรือนายกองค์การบริหารส่วนตำบล ตามหนังสือสั่งการ",
                "The presenter is not the mayor or the SAO's chief executive, as the letter asks"),
        LOGOS_MISSING("ไม่มีตราสัญลักษณ์ตามหนังสือสั่งการ: %s", "Logos the letter asks for are missing: %s");

        private final String th;
        private final String en;

        Unmet(String th, String en) {
            this.th = th;
            this.en = en;
        }

        public String th() {
            return th;
        }

        public String en() {
            return en;
        }
    }

    /** What a step 4 is missing; {@code missingLogos} in the letter's order, empty unless LOGOS_MISSING is there. */
    public record Result(List<Unmet> unmet, List<VideoLogo> missingLogos) {
        public Result {
            unmet = List.copyOf(unmet);
            missingLogos = List.copyOf(missingLogos);
        }

        public boolean ok() {
            return unmet.isEmpty();
        }

        /** The reason of {@code u} in Thai (or English), the missing logos named in the letter's order. */
        public String reason(Unmet u, boolean thai) {
            String text = thai ? u.th() : u.en();
            if (u != Unmet.LOGOS_MISSING) {
                return text;
            }
            return String.format(Locale.ROOT, text, String.join(", ",
                    missingLogos.stream().map(l -> thai ? l.nameTh() : l.nameEn()).toList()));
        }

        /** Every reason, in the checklist's order. */
        public List<String> reasons(boolean thai) {
            return unmet.stream().map(u -> reason(u, thai)).toList();
        }
    }

    private VideoChecklist() {
    }

    /**
     * The checklist of a step 4.
     *
     * @param stated     false for a step 4 from a phone before the checklist (no presenter nor logos sent)
     * @param seconds    the declared length, or null
     * @param presenter  a {@link VideoPresenter} code, or null when not chosen
     * @param logos      the {@link VideoLogo} codes ticked (unknown codes are ignored)
     */
    public static Result check(boolean stated, Long seconds, String fileName, String presenter, List<String> logos) {
        List<Unmet> out = new ArrayList<>();
        if (seconds != null && VideoRules.tooLong(seconds)) {
            out.add(Unmet.TOO_LONG);
        }
        switch (VideoRules.checkFileName(fileName)) {
            case MISSING -> {
                if (stated) {
                    out.add(Unmet.FILE_NAME_MISSING);
                }
            }
            case WRONG_START -> out.add(Unmet.FILE_NAME_WRONG_START);
            case UNKNOWN_KIND -> out.add(Unmet.FILE_NAME_UNKNOWN_KIND);
            case NO_NAME -> out.add(Unmet.FILE_NAME_NO_NAME);
            case OK -> {
            }
        }
        List<VideoLogo> missing = new ArrayList<>();
        if (stated) {
            VideoPresenter who = VideoPresenter.parse(presenter).orElse(null);
            if (who == null) {
                out.add(Unmet.PRESENTER_NOT_STATED);
            } else if (!who.headOfOrg()) {
                out.add(Unmet.PRESENTER_NOT_HEAD);
            }
            for (VideoLogo logo : VideoLogo.values()) {
                if (logos == null || !logos.contains(logo.name())) {
                    missing.add(logo);
                }
            }
            if (!missing.isEmpty()) {
                out.add(Unmet.LOGOS_MISSING);
            }
        }
        return new Result(out, missing);
    }

    /** The checklist of a recorded step 4 (of any step: only step 4 carries a video checklist). */
    public static Result of(MilestoneRecord m) {
        if (m.milestoneStep().orElse(null) != MilestoneStep.VIDEO) {
            return new Result(List.of(), List.of());
        }
        return check(m.checklistStated(), m.videoSeconds(), m.videoFileName(), m.videoPresenter(), m.videoLogos());
    }
}
