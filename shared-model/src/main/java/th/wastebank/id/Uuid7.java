package th.wastebank.id;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks and reads UUIDv7 ids (RFC 9562). Every record is created with a UUIDv7 on the device that
 * creates it; generating one is the job of an {@link IdGenerator} backed by a real library.
 */
public final class Uuid7 {
    private Uuid7() {
    }

    public static boolean isV7(UUID id) {
        return id != null && id.version() == 7 && id.variant() == 2;
    }

    /** Parses the canonical 36-character form; empty for anything else. */
    public static Optional<UUID> parse(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equalsIgnoreCase(text) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The creation time a UUIDv7 carries in its first 48 bits. */
    public static Instant timestamp(UUID id) {
        if (!isV7(id)) {
            throw new IllegalArgumentException("not a UUIDv7: " + id);
        }
        return Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16);
    }

    /** 16 big-endian bytes, the form the server stores. */
    public static byte[] toBytes(UUID id) {
        byte[] out = new byte[16];
        long hi = id.getMostSignificantBits();
        long lo = id.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (hi >>> (56 - 8 * i));
            out[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return out;
    }

    public static UUID fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != 16) {
            throw new IllegalArgumentException("a UUID is 16 bytes");
        }
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (bytes[i] & 0xff);
            lo = (lo << 8) | (bytes[8 + i] & 0xff);
        }
        return new UUID(hi, lo);
    }
}
