package th.wastebank.progress;

import java.util.List;

/**
 * What the letters ask of a video besides its link: at most five minutes, and a file name as the
 * letter words it. The soft-power video of an อปท. (DLA letter มท ๐๘๒๑.๒/ว ๓๙๑๔) is named
 * "การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) ของเทศบาล/องค์การบริหารส่วนตำบล ....",
 * read for every kind of อปท. in the register: องค์การบริหารส่วนตำบล, เทศบาลตำบล, เทศบาลเมือง, เทศบาลนคร
 * (or the letter's plain "เทศบาล") followed by its name, and the special ones, เมืองพัทยา and
 * กรุงเทพมหานคร, which are their own name. The district's best-practice video (Uttaradit's letter) is
 * named "ธนาคารขยะต้นแบบระดับอำเภอ (Best Practice) อำเภอ.....จังหวัด.....". A video that breaks them is
 * recorded and flagged, not refused: it can be fixed.
 */
public final class VideoRules {
    public static final int MAX_SECONDS = 5 * 60;
    /** The soft-power file name up to the kind of อปท. */
    public static final String FILE_NAME_PREFIX = "การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) ของ";
    /** The district best-practice file name up to the district's name. */
    public static final String DISTRICT_FILE_NAME_PREFIX = "ธนาคารขยะต้นแบบระดับอำเภอ (Best Practice) อำเภอ";

    /** Kinds followed by the อปท.'s name, the longest first so "เทศบาลตำบล" is not read as "เทศบาล". */
    static final List<String> NAMED_KINDS = List.of("องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง",
            "เทศบาลนคร", "เทศบาล");
    /** Special อปท. whose kind is their name. */
    static final List<String> SPECIAL_ORGS = List.of("เมืองพัทยา", "กรุงเทพมหานคร");

    /** What a file name is, against the letter. */
    public enum FileName {
        OK,
        /** No file name given. */
        MISSING,
        /** Does not start as the letter says. */
        WRONG_START,
        /** Starts right but names no kind of อปท. the register has. */
        UNKNOWN_KIND,
        /** The kind is there but not the อปท.'s (or the district's, the province's) name: "....", or nothing. */
        NO_NAME
    }

    private VideoRules() {
    }

    public static boolean tooLong(long seconds) {
        return seconds > MAX_SECONDS;
    }

    /** True when the soft-power video's file name is as the letter says ({@link #checkFileName} is OK). */
    public static boolean fileNameFollowsTheLetter(String fileName) {
        return checkFileName(fileName) == FileName.OK;
    }

    /** The soft-power video's file name against the DLA letter, for every kind of อปท. in the register. */
    public static FileName checkFileName(String fileName) {
        String name = clean(fileName);
        if (name.isEmpty()) {
            return FileName.MISSING;
        }
        String start = FILE_NAME_PREFIX.substring(0, FILE_NAME_PREFIX.length() - "ของ".length()).strip();
        if (!name.startsWith(start)) {
            return FileName.WRONG_START;
        }
        String rest = name.substring(start.length()).strip();
        if (!rest.startsWith("ของ")) {
            return FileName.WRONG_START;
        }
        rest = rest.substring("ของ".length()).strip();
        for (String special : SPECIAL_ORGS) {
            if (rest.equals(special)) {
                return FileName.OK;
            }
        }
        for (String kind : NAMED_KINDS) {
            if (rest.startsWith(kind)) {
                return named(rest.substring(kind.length())) ? FileName.OK : FileName.NO_NAME;
            }
        }
        return FileName.UNKNOWN_KIND;
    }

    /** The district best-practice video's file name against Uttaradit's letter: อำเภอ then จังหวัด, each named. */
    public static FileName checkDistrictFileName(String fileName) {
        String name = clean(fileName);
        if (name.isEmpty()) {
            return FileName.MISSING;
        }
        if (!name.startsWith(DISTRICT_FILE_NAME_PREFIX)) {
            return FileName.WRONG_START;
        }
        String rest = name.substring(DISTRICT_FILE_NAME_PREFIX.length());
        int province = rest.lastIndexOf("จังหวัด");
        if (province < 0) {
            return FileName.UNKNOWN_KIND;
        }
        return named(rest.substring(0, province)) && named(rest.substring(province + "จังหวัด".length()))
                ? FileName.OK : FileName.NO_NAME;
    }

    /** The name with its spaces made single and its extension (".mp4", ".MOV") taken off; "" when none. */
    private static String clean(String fileName) {
        if (fileName == null) {
            return "";
        }
        return fileName.strip().replaceAll("\\s+", " ").replaceAll("\\.[A-Za-z0-9]{2,4}$", "").strip();
    }

    /** A real name: some letters, not the letter's "...." placeholder nor its "/" between kinds. */
    private static boolean named(String text) {
        String who = text.strip();
        return !who.isEmpty() && !who.startsWith("/") && !who.contains("..") && !who.contains("…")
                && who.codePoints().anyMatch(Character::isLetter);
    }
}
