package th.wastebank.client.sync;

import java.time.Duration;

/**
 * The server could not be used: unreachable, refusing the device, or answering something that is
 * not our API (a captive portal's login page, say). Nothing is marked sent when this is thrown.
 */
public class ServerException extends Exception {
    /** What went wrong, as the committee needs to know it. */
    public enum Kind {
        UNREACHABLE("ติดต่อเซิร์ฟเวอร์ไม่ได้ (ไม่มีสัญญาณหรือเซิร์ฟเวอร์ปิดอยู่) ข้อมูลยังอยู่ในเครื่องครบ"),
        /** The phone has no network at all: the server's name cannot be looked up, no route leads anywhere. */
        NO_SIGNAL("ไม่มีสัญญาณ ข้อมูลยังอยู่ในเครื่องครบ"),
        /** 429 or 503 with Retry-After: the server is up and asked the phone to come back later. */
        BUSY("เซิร์ฟเวอร์ขอให้รอ ข้อมูลยังอยู่ในเครื่องครบ จะลองใหม่อัตโนมัติ"),
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
    private final Duration retryAfter;

    public ServerException(Kind kind, String code, String messageTh, String message, Throwable cause) {
        this(kind, code, messageTh, message, cause, null);
    }

    /** @param retryAfter how long the server asked the phone to wait (its Retry-After), or null */
    public ServerException(Kind kind, String code, String messageTh, String message, Throwable cause,
                           Duration retryAfter) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
        this.messageTh = messageTh == null ? kind.defaultTh : messageTh;
        this.retryAfter = retryAfter;
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

    /** How long the server asked the phone to wait before the next try; null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
