package th.wastebank.client.sync;

/**
 * The server could not be used: unreachable, refusing the device, or answering something that is
 * not our API (a captive portal's login page, say). Nothing is marked sent when this is thrown.
 */
public class ServerException extends Exception {
    /** What went wrong, as the committee needs to know it. */
    public enum Kind {
        UNREACHABLE("ติดต่อเซิร์ฟเวอร์ไม่ได้ (ไม่มีสัญญาณหรือเซิร์ฟเวอร์ปิดอยู่) ข้อมูลยังอยู่ในเครื่องครบ"),
        UNAUTHORIZED("เซิร์ฟเวอร์ไม่รับรองเครื่องนี้ กรุณาจับคู่เครื่องใหม่"),
        BAD_RESPONSE("เซิร์ฟเวอร์ตอบกลับข้อมูลที่อ่านไม่ได้ ข้อมูลยังอยู่ในเครื่องครบ จะลองใหม่อัตโนมัติ"),
        REFUSED("เซิร์ฟเวอร์ปฏิเสธคำขอ");

        private final String defaultTh;

        Kind(String defaultTh) {
            this.defaultTh = defaultTh;
        }
    }

    private final Kind kind;
    private final String code;
    private final String messageTh;

    public ServerException(Kind kind, String code, String messageTh, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
        this.messageTh = messageTh == null ? kind.defaultTh : messageTh;
    }

    public ServerException(Kind kind, String message, Throwable cause) {
        this(kind, null, null, message, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** The problem document's code, when the server sent one. */
    public String code() {
        return code;
    }

    public String messageTh() {
        return messageTh;
    }
}
