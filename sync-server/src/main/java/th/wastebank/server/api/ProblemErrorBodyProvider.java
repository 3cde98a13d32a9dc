package th.wastebank.server.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.stream.Collectors;

/**
 * Makes the framework's own errors (unknown route, wrong method, body too large, unreadable body,
 * unexpected failure) problem documents too, so every API error has one shape.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemErrorBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        int status = response.getStatus().getCode();
        String detail = context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        if (status >= 500) {
            detail = "The server could not complete the request; nothing was half-written. Try again later.";
        }
        return switch (status) {
            case 400 -> Problem.of(status, "bad-request", "Bad request", detail, "คำขอไม่ถูกต้อง");
            case 401 -> Problem.of(status, "unauthorized", "Unauthorized", detail, "ต้องเข้าสู่ระบบก่อน");
            case 403 -> Problem.of(status, "forbidden", "Forbidden", detail, "ไม่มีสิทธิ์เข้าถึง");
            case 404 -> Problem.of(status, "not-found", "Not found", detail, "ไม่พบข้อมูลที่ขอ");
            case 405 -> Problem.of(status, "method-not-allowed", "Method not allowed", detail, "ไม่รองรับคำขอแบบนี้");
            case 413 -> Problem.of(status, "body-too-large", "Request body too large",
                    "The request body is larger than the server accepts (1 MiB for a push). " + detail,
                    "ข้อมูลที่ส่งมีขนาดใหญ่เกินไป กรุณาส่งเป็นชุดเล็กลง");
            case 415 -> Problem.of(status, "unsupported-media-type", "Unsupported media type", detail,
                    "รูปแบบข้อมูลไม่ถูกต้อง");
            default -> Problem.of(status, status >= 500 ? "internal-error" : "http-" + status,
                    response.getStatus().getReason(), detail,
                    status >= 500 ? "เซิร์ฟเวอร์ขัดข้องชั่วคราว ข้อมูลไม่สูญหาย กรุณาลองใหม่ภายหลัง" : "คำขอไม่สำเร็จ");
        };
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }
}
