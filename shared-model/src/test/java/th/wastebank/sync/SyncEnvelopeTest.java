package th.wastebank.sync;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.json.CanonicalJson;
import th.wastebank.json.JsonText;
import th.wastebank.json.PayloadReader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyncEnvelopeTest {
    private static final String ENTITY = "01936a1e-7c3b-7d2a-8f00-2b8c1a9e0001";
    private static final String DEVICE = "01936a1e-7c3b-7d2a-8f00-2b8c1a9e0002";
    private static final String OP = "01936a1e-7c3b-7d2a-8f00-2b8c1a9e0003";
    /** Not in canonical order, a number with trailing zeros, Thai text, an escape: passed on as it is. */
    private static final String ODD_PAYLOAD = "{\"z\":1.50,\"a\":\"นางสมศรี \\u0e01\\\"\",\"big\":123456789012345678901234567890,"
            + "\"e\":1E+3,\"list\":[ 1 , {\"x\":null} ]}";

    /** A page exactly as the server wrote it before the envelope was typed (PullService.render). */
    private static String serverPage(String payload) {
        return "{\"changes\":[{\"cursor\":7,\"type\":\"member.upsert\",\"entityId\":\"" + ENTITY + "\",\"payload\":"
                + payload + ",\"deviceId\":\"" + DEVICE + "\",\"recordedAt\":\"2026-11-20T03:00:00Z\","
                + "\"serverTime\":\"2026-11-20T03:00:01.250Z\"},{\"cursor\":8,\"type\":\"price.set\",\"entityId\":\""
                + ENTITY + "\",\"payload\":{\"code\":\"PET_CLEAR\"},\"deviceId\":\"" + DEVICE
                + "\",\"recordedAt\":\"2026-11-20T03:00:00.001Z\",\"serverTime\":\"2026-11-20T03:00:02Z\"}],"
                + "\"nextCursor\":\"8\",\"hasMore\":true,\"serverEpoch\":\"01936a1e-0000-7000-8000-000000000009\"}";
    }

    @Test
    void aChangesPayloadIsPassedOnByteForByte() {
        PullPage page = PullPage.read(serverPage(ODD_PAYLOAD));
        Change first = page.changes().get(0);
        assertEquals(ODD_PAYLOAD, first.payloadJson());
        assertEquals(7, first.cursor());
        assertEquals(UUID.fromString(ENTITY), first.entityId());
        assertEquals(UUID.fromString(DEVICE), first.deviceId());
        assertEquals(Instant.parse("2026-11-20T03:00:00Z"), first.recordedAt());
        assertEquals(Instant.parse("2026-11-20T03:00:01.250Z"), first.serverTime());
        assertEquals("8", page.nextCursor());
        assertTrue(page.hasMore());
        assertEquals("01936a1e-0000-7000-8000-000000000009", page.serverEpoch());
    }

    @Test
    void aPageRoundTripsTheServersExactText() {
        String wire = serverPage(ODD_PAYLOAD);
        assertEquals(wire, PullPage.read(wire).toWire());
        String empty = "{\"changes\":[],\"nextCursor\":\"0\",\"hasMore\":false,\"serverEpoch\":\"e1\"}";
        assertEquals(empty, PullPage.read(empty).toWire());
    }

    @Test
    void aPageCarriesTheServersClockAndAMalformedOneCountsAsNone() {
        String timed = "{\"changes\":[],\"nextCursor\":\"0\",\"hasMore\":false,\"serverEpoch\":\"e1\","
                + "\"serverNow\":\"2026-11-20T03:00:00.125Z\"}";
        assertEquals(Instant.parse("2026-11-20T03:00:00.125Z"), PullPage.read(timed).serverNow());
        assertEquals(timed, PullPage.read(timed).toWire());
        assertEquals(null, PullPage.read(timed.replace("2026-11-20T03:00:00.125Z", "yesterday")).serverNow());
        assertEquals(null, PullPage.read("{\"changes\":[],\"nextCursor\":\"0\",\"hasMore\":false}").serverNow());
    }

    @Test
    void aPageWrittenFromStoredRowsIsTheServersText() {
        Change c = new Change(7, "member.upsert", UUID.fromString(ENTITY), ODD_PAYLOAD, UUID.fromString(DEVICE),
                Instant.parse("2026-11-20T03:00:00Z"), Instant.parse("2026-11-20T03:00:01.250Z"));
        Change d = new Change(8, "price.set", UUID.fromString(ENTITY), "{\"code\":\"PET_CLEAR\"}",
                UUID.fromString(DEVICE), Instant.parse("2026-11-20T03:00:00.001Z"), Instant.parse("2026-11-20T03:00:02Z"));
        assertEquals(serverPage(ODD_PAYLOAD),
                new PullPage(List.of(c, d), "8", true, "01936a1e-0000-7000-8000-000000000009").toWire());
    }

    @Test
    void theParsedPayloadReadsAsTheTextSays() {
        Change first = PullPage.read(serverPage(ODD_PAYLOAD)).changes().get(0);
        Map<?, ?> payload = (Map<?, ?>) first.payload();
        assertEquals("นางสมศรี ก\"", payload.get("a"));
        assertEquals(1000, PayloadReader.of(payload).requiredLong("e"));
    }

    @Test
    void aPageWithoutItsFieldsIsNotAPage() {
        assertThrows(IllegalArgumentException.class, () -> PullPage.read("{\"changes\":[],\"hasMore\":false}"));
        assertThrows(IllegalArgumentException.class, () -> PullPage.read("{\"changes\":{},\"nextCursor\":\"0\",\"hasMore\":false}"));
        assertThrows(IllegalArgumentException.class, () -> PullPage.read("<html>portal</html>"));
        String noPayload = serverPage(ODD_PAYLOAD).replace("\"payload\":{\"code\":\"PET_CLEAR\"},", "");
        assertThrows(IllegalArgumentException.class, () -> PullPage.read(noPayload));
        String badId = serverPage(ODD_PAYLOAD).replace(DEVICE, "not-an-id");
        assertThrows(IllegalArgumentException.class, () -> PullPage.read(badId));
    }

    @Test
    void aPageWithoutAnEpochIsReadAndWrittenWithoutOne() {
        String old = "{\"changes\":[],\"nextCursor\":\"3\",\"hasMore\":false}";
        PullPage page = PullPage.read(old);
        assertNull(page.serverEpoch());
        assertEquals(old, page.toWire());
    }

    /** An op exactly as the phone wrote it before the envelope was typed (SyncEngine.opJson). */
    private static String phoneOp(String payload) {
        return "{\"opId\":\"" + OP + "\",\"seq\":42,\"type\":\"member.upsert\",\"entityId\":\"" + ENTITY
                + "\",\"recordedAt\":\"2026-11-20T03:00:00.123Z\",\"payload\":" + payload + "}";
    }

    @Test
    void anOpRoundTripsThePhonesExactText() {
        String wire = phoneOp(ODD_PAYLOAD);
        SyncOp op = SyncOp.read(PayloadReader.of(JsonText.parse(wire, PullPage.RAW_MEMBER)));
        assertEquals(ODD_PAYLOAD, op.payloadJson());
        assertEquals(42, op.seq());
        assertEquals(Instant.parse("2026-11-20T03:00:00.123Z"), op.recordedAt());
        assertEquals(wire, op.toWire());
        assertEquals("{\"deviceId\":\"" + DEVICE + "\",\"ops\":[" + wire + "," + wire + "]}",
                SyncOp.pushBody(UUID.fromString(DEVICE), List.of(op, op)));
        assertEquals("{\"deviceId\":\"" + DEVICE + "\",\"ops\":[]}", SyncOp.pushBody(UUID.fromString(DEVICE), List.of()));
    }

    @Test
    void anOpReadFromParsedJsonKeepsItsPayloadCanonical() {
        SyncOp op = SyncOp.read(PayloadReader.of(JsonText.parse(phoneOp(ODD_PAYLOAD))));
        assertEquals("{\"a\":\"นางสมศรี ก\\\"\",\"big\":123456789012345678901234567890,\"e\":1000,"
                + "\"list\":[1,{\"x\":null}],\"z\":1.5}", op.payloadJson());
    }

    @Test
    void theFingerprintIsTheCanonicalHashOfTypeEntityAndPayload() {
        SyncOp op = SyncOp.read(PayloadReader.of(JsonText.parse(phoneOp(ODD_PAYLOAD))));
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", "member.upsert");
        identity.put("entityId", ENTITY);
        identity.put("payload", JsonText.parse(ODD_PAYLOAD));
        assertArrayEquals(CanonicalJson.sha256(identity), op.fingerprint());
        SyncOp bare = new SyncOp(UUID.fromString(OP), 1, null, null, (String) null, null);
        Map<String, Object> nothing = new LinkedHashMap<>();
        nothing.put("type", null);
        nothing.put("entityId", null);
        nothing.put("payload", null);
        assertArrayEquals(CanonicalJson.sha256(nothing), bare.fingerprint());
    }

    @Test
    void anOpMissingItsFieldsIsReportedFieldByField() {
        PayloadReader r = PayloadReader.of(JsonText.parse("{\"seq\":\"x\",\"type\":\"member.upsert\"}"));
        SyncOp op = SyncOp.read(r);
        assertNull(op.opId());
        assertNull(op.payloadJson());
        assertEquals(List.of("opId", "seq", "entityId", "recordedAt"),
                r.violations().stream().map(v -> v.field()).toList());
    }
}
