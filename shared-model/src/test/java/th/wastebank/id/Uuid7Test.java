package th.wastebank.id;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Uuid7Test {
    private static final UUID V7 = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789ab");

    @Test
    void recognisesVersion7AndRefusesVersion4() {
        assertTrue(Uuid7.isV7(V7));
        assertFalse(Uuid7.isV7(UUID.randomUUID()));
    }

    @Test
    void readsTheMillisecondTimestamp() {
        assertEquals(Instant.ofEpochMilli(0x01936b2e1f00L), Uuid7.timestamp(V7));
    }

    @Test
    void bytesRoundTrip() {
        assertEquals(V7, Uuid7.fromBytes(Uuid7.toBytes(V7)));
    }

    @Test
    void parseRefusesNonCanonicalText() {
        assertTrue(Uuid7.parse("1-1-1-1-1").isEmpty());
        assertTrue(Uuid7.parse(V7.toString().toUpperCase()).isPresent());
    }
}
