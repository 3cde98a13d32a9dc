package th.wastebank.server.photo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

import io.micronaut.http.HttpStatus;

import th.wastebank.server.api.ApiProblem;

/**
 * The tus {@code Upload-Checksum} of one PATCH: {@code <algorithm> <base64 digest>}, with sha1
 * (which tus requires), sha256 and md5 supported.
 */
final class ChunkChecksum {
    static final String ALGORITHMS = "sha1,sha256,md5";

    private final MessageDigest digest;
    private final byte[] expected;

    private ChunkChecksum(MessageDigest digest, byte[] expected) {
        this.digest = digest;
        this.expected = expected;
    }

    /** Null when the header is absent. */
    static ChunkChecksum parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String[] parts = header.strip().split("\\s+");
        if (parts.length != 2) {
            throw badRequest();
        }
        String algorithm = switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "sha1" -> "SHA-1";
            case "sha256" -> "SHA-256";
            case "md5" -> "MD5";
            default -> throw badRequest();
        };
        try {
            return new ChunkChecksum(MessageDigest.getInstance(algorithm), Base64.getDecoder().decode(parts[1]));
        } catch (NoSuchAlgorithmException | IllegalArgumentException e) {
            throw badRequest();
        }
    }

    void update(byte[] bytes, int offset, int length) {
        digest.update(bytes, offset, length);
    }

    boolean matches() {
        return MessageDigest.isEqual(digest.digest(), expected);
    }

    private static ApiProblem badRequest() {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "checksum-unsupported", "Bad request",
                "Upload-Checksum must be '<sha1|sha256|md5> <base64 digest>'", "รูปแบบการตรวจสอบข้อมูลไม่ถูกต้อง");
    }
}
