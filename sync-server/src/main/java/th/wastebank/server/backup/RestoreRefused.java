package th.wastebank.server.backup;

import java.nio.file.Path;

/**
 * Why a restore will not start, said before anything is written: the file is not a backup, is
 * incomplete, has been changed, is from a newer server, or the target is not empty. Each carries
 * an English and a Thai sentence and the restore command's exit code.
 */
public final class RestoreRefused extends RuntimeException {
    /** The backup file itself is refused (not a backup, truncated, tampered with, from a newer server). */
    public static final int BAD_FILE = 3;
    /** The data directory or database to restore into already holds data. */
    public static final int NOT_EMPTY = 4;
    /** The place to restore into cannot hold the server's data (a temporary directory, no embedded MariaDB here). */
    public static final int UNSUITABLE = 2;

    private final String detailTh;
    private final int exitCode;

    private RestoreRefused(String detail, String detailTh, int exitCode) {
        super(detail);
        this.detailTh = detailTh;
        this.exitCode = exitCode;
    }

    public String detailTh() {
        return detailTh;
    }

    public int exitCode() {
        return exitCode;
    }

    static RestoreRefused notABackup(Path file, String why) {
        return new RestoreRefused(file + " is not a waste-bank backup file (" + why + "); nothing was restored.",
                "ไฟล์ " + file.getFileName() + " ไม่ใช่ไฟล์สำรองข้อมูลของธนาคารขยะ ยังไม่ได้กู้คืนข้อมูลใด ๆ", BAD_FILE);
    }

    static RestoreRefused truncated(Path file) {
        return new RestoreRefused(file + " is incomplete (truncated: the copy or the download stopped before its end);"
                + " copy the whole file again; nothing was restored.",
                "ไฟล์สำรองข้อมูล " + file.getFileName() + " ไม่ครบ (คัดลอกหรือดาวน์โหลดมาไม่จบ) กรุณาคัดลอกไฟล์ทั้งไฟล์มาใหม่"
                        + " ยังไม่ได้กู้คืนข้อมูลใด ๆ", BAD_FILE);
    }

    static RestoreRefused tampered(Path file, String why) {
        return new RestoreRefused(file + " has been changed or damaged since it was made (" + why + "); use another"
                + " backup file; nothing was restored.",
                "ไฟล์สำรองข้อมูล " + file.getFileName() + " ถูกแก้ไขหรือเสียหายหลังจากสร้าง (ค่าตรวจสอบไม่ตรงกัน)"
                        + " กรุณาใช้ไฟล์สำรองข้อมูลอื่น ยังไม่ได้กู้คืนข้อมูลใด ๆ", BAD_FILE);
    }

    static RestoreRefused newerFormat(Path file, String format) {
        return new RestoreRefused(file + " is in backup format " + format + ", newer than this server knows;"
                + " restore it with a newer server; nothing was restored.",
                "ไฟล์สำรองข้อมูลนี้มาจากเซิร์ฟเวอร์รุ่นใหม่กว่า กรุณาใช้เซิร์ฟเวอร์รุ่นใหม่กว่าในการกู้คืน ยังไม่ได้กู้คืนข้อมูลใด ๆ",
                BAD_FILE);
    }

    static RestoreRefused newerSchema(Path file, String fileVersion, String serverVersion, String knownVersion) {
        return new RestoreRefused(file + " holds database schema version " + fileVersion + " (server " + serverVersion
                + "), newer than this server knows (up to " + knownVersion + "); install that server version"
                + " or a newer one and restore with it; nothing was restored.",
                "ไฟล์สำรองข้อมูลนี้มาจากเซิร์ฟเวอร์รุ่นใหม่กว่า (โครงสร้างฐานข้อมูลรุ่น " + fileVersion + " แต่เซิร์ฟเวอร์นี้รู้จักถึงรุ่น "
                        + knownVersion + ") กรุณาติดตั้งเซิร์ฟเวอร์รุ่น " + serverVersion
                        + " ขึ้นไปแล้วกู้คืนด้วยรุ่นนั้น ยังไม่ได้กู้คืนข้อมูลใด ๆ", BAD_FILE);
    }

    static RestoreRefused notEmpty(String what, String howToEmpty, String howToEmptyTh) {
        return new RestoreRefused("A restore goes only into an empty place, and " + what + " already holds data: "
                + howToEmpty + "; nothing was restored.",
                "กู้คืนได้เฉพาะในที่ว่างเท่านั้น แต่ " + what + " มีข้อมูลอยู่แล้ว: " + howToEmptyTh
                        + " ยังไม่ได้กู้คืนข้อมูลใด ๆ", NOT_EMPTY);
    }

    static RestoreRefused unsuitable(String why) {
        return new RestoreRefused(why + "; nothing was restored.",
                "กู้คืนไปยังที่นี่ไม่ได้ (ดูเหตุผลภาษาอังกฤษด้านล่าง) ยังไม่ได้กู้คืนข้อมูลใด ๆ", UNSUITABLE);
    }
}
