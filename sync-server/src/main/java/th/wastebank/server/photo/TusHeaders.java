package th.wastebank.server.photo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.http.HttpStatus;

import th.wastebank.server.api.ApiProblem;

/** The tus request headers an upload is made and continued with, read or refused (400, 413). */
final class TusHeaders {
    private TusHeaders() {
    }

    /** {@code Upload-Length}: more than zero and at most {@link Uploads#MAX_SIZE}. */
    static long parseLength(String header) {
        long length;
        try {
            length = Long.parseLong(header == null ? "" : header.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("upload-length-missing", "Upload-Length must be the file's size in bytes",
                    "ไม่ทราบขนาดของรูปภาพ");
        }
        if (length <= 0) {
            throw ApiProblem.badRequest("upload-length-missing", "Upload-Length must be more than zero",
                    "รูปภาพว่างเปล่า");
        }
        if (length > Uploads.MAX_SIZE) {
            throw new ApiProblem(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "upload-too-large", "Too large",
                    "A photo may be at most " + Uploads.MAX_SIZE + " bytes", "รูปภาพใหญ่เกิน 10 MB");
        }
        return length;
    }

    static long parseOffset(String header) {
        try {
            long offset = Long.parseLong(header == null ? "" : header.strip());
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiProblem.badRequest("upload-offset-missing", "Upload-Offset must be a byte offset",
                "ตำแหน่งข้อมูลไม่ถูกต้อง");
    }

    /** tus metadata: {@code key base64value,key base64value}. */
    static Map<String, String> parseMetadata(String header) {
        Map<String, String> out = new HashMap<>();
        if (header == null || header.isBlank()) {
            return out;
        }
        for (String pair : header.split(",")) {
            String[] kv = pair.strip().split("\\s+", 2);
            if (kv[0].isEmpty()) {
                continue;
            }
            try {
                out.put(kv[0], kv.length < 2 ? "" : new String(Base64.getDecoder().decode(kv[1]), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badRequest("metadata-invalid", "Upload-Metadata values must be base64",
                        "ข้อมูลประกอบรูปภาพไม่ถูกต้อง");
            }
        }
        return out;
    }

    /** The file's own name without any folder, at most 255 characters; null when none was given. */
    static String cleanFilename(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.length() > 255 ? base.substring(0, 255) : base;
    }
}
