package th.wastebank.client.committee;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A PIN as this phone keeps it: PBKDF2 with HMAC-SHA256 from the JDK over a random 16-byte salt,
 * slow on purpose (about a tenth of a second a try on a phone, see ADR 0013), compared in constant
 * time. The PIN itself is never stored.
 */
final class PinHasher {
    /** Iterations for new PINs; each stored PIN keeps the count it was made with. */
    static final int ITERATIONS = 150_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PinHasher() {
    }

    static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return salt;
    }

    static byte[] hash(String pin, byte[] salt, int iterations) {
        char[] chars = pin.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    /** Whether {@code pin} hashes to {@code expected}, in time that does not depend on where they differ. */
    static boolean matches(String pin, byte[] salt, int iterations, byte[] expected) {
        return MessageDigest.isEqual(hash(pin, salt, iterations), expected);
    }
}
