package th.wastebank.progress;

/**
 * What the policy asks of the lesson-learned video besides its link: at most five minutes, and a
 * file named "การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) ของเทศบาล/องค์การบริหารส่วนตำบล ....".
 * A video that breaks them is recorded and flagged, not refused: the อปท. can fix it.
 */
public final class VideoRules {
    public static final int MAX_SECONDS = 5 * 60;
    public static final String FILE_NAME_PREFIX = "การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) ของ";

    private VideoRules() {
    }

    public static boolean tooLong(long seconds) {
        return seconds > MAX_SECONDS;
    }

    /** True when the name starts as the letter says, names a municipality or SAO, and goes on to its name. */
    public static boolean fileNameFollowsTheLetter(String fileName) {
        if (fileName == null) {
            return false;
        }
        String name = fileName.strip().replaceAll("\\s+", " ");
        if (!name.startsWith(FILE_NAME_PREFIX)) {
            return false;
        }
        String rest = name.substring(FILE_NAME_PREFIX.length());
        for (String kind : new String[] {"เทศบาล", "องค์การบริหารส่วนตำบล"}) {
            if (rest.startsWith(kind)) {
                String who = rest.substring(kind.length()).replaceAll("\\.[A-Za-z0-9]{2,4}$", "").strip();
                return !who.isEmpty() && !who.startsWith("/") && !who.contains("..");
            }
        }
        return false;
    }
}
