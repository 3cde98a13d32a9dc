package th.wastebank.server.photo;

import java.io.IOException;
import java.time.Duration;

import io.micronaut.http.HttpStatus;

import th.wastebank.server.api.ApiProblem;

/** How an upload request is refused, in the words the phone shows. */
final class UploadProblems {
    /** How long a phone waits before sending again when the server has no room now. */
    static final Duration RETRY_WHEN_FULL = Duration.ofSeconds(60);

    private UploadProblems() {
    }

    static ApiProblem conflict(String code, String detail, String detailTh) {
        return new ApiProblem(HttpStatus.CONFLICT, code, "Conflict", detail, detailTh);
    }

    /** 404: the upload is finished, expired or was never made (or is another org's). */
    static ApiProblem notFound() {
        return ApiProblem.notFound("upload-not-found", "No such upload (finished, expired or never made)",
                "ไม่พบการอัปโหลดนี้ จะเริ่มส่งรูปใหม่");
    }

    static ApiProblem takenOver(long written) {
        return conflict("upload-taken-over", "A newer request for this upload took it over after " + written
                + " bytes; they are kept", "มีการส่งรูปนี้ต่อจากคำขอใหม่แล้ว");
    }

    /** The answer to a request whose body ended before all of it arrived (if anyone still listens). */
    static ApiProblem ended(IOException cause, long written) {
        if (cause instanceof UploadHolds.EndedException e && e.ending == UploadHolds.Ending.TAKEN_OVER) {
            return takenOver(written);
        }
        if (cause instanceof UploadHolds.EndedException) {
            return new ApiProblem(HttpStatus.REQUEST_TIMEOUT, "upload-idle", "Request timeout",
                    "No byte arrived for too long; the " + written + " bytes received are kept, resume with HEAD",
                    "การส่งรูปหยุดนานเกินไป จะส่งต่อจากส่วนที่ได้รับแล้ว");
        }
        return ApiProblem.badRequest("upload-interrupted", "The connection broke after " + written
                + " bytes; they are kept, resume with HEAD", "การเชื่อมต่อขาดระหว่างส่งรูป จะส่งต่อจากส่วนที่ได้รับแล้ว");
    }

    static ApiProblem tooLong(Upload u) {
        return ApiProblem.badRequest("upload-overflow", "More bytes than Upload-Length " + u.length(),
                "ข้อมูลรูปภาพยาวเกินขนาดที่แจ้งไว้");
    }

    static ApiProblem notAPicture() {
        return new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not-a-picture", "Unsupported media type",
                "Only JPEG, PNG and WebP pictures are accepted; the upload was discarded",
                "รับเฉพาะรูปภาพ JPEG, PNG หรือ WebP เท่านั้น");
    }

    static ApiProblem storageFull(String detail) {
        return new ApiProblem(HttpStatus.INSUFFICIENT_STORAGE, "storage-full", "Insufficient storage",
                detail + "; what was received is kept, try again later",
                "พื้นที่เก็บรูปภาพของเซิร์ฟเวอร์เต็ม รูปที่ส่งแล้วบางส่วนยังอยู่ จะส่งต่ออัตโนมัติเมื่อมีพื้นที่", RETRY_WHEN_FULL);
    }
}
