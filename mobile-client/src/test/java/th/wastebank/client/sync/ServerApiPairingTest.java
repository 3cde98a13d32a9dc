package th.wastebank.client.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.wastebank.client.testing.FakeServer;
import th.wastebank.sync.PairResponse;

class ServerApiPairingTest {
    private final ServerApi api = new ServerApi(Duration.ofSeconds(10));
    private FakeServer server;

    @BeforeEach
    void setUp() throws IOException {
        server = FakeServer.start();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void pairingReadsTheRealAnswersShape() throws ServerException {
        PairResponse paired = api.pair(server.url(), "BYGN-QYRZ", "โทรศัพท์");
        assertEquals(FakeServer.DEVICE_ID, paired.deviceId().toString());
        assertEquals("อบต.นายางกลัก", paired.org().nameTh());
        assertEquals("ชัยภูมิ", paired.org().provinceTh());
    }

    @Test
    void aPairingAnswerWithAMalformedDeviceIdIsABadResponse() {
        server.answersPairingWith(200, "application/json",
                "{\"deviceId\":\"42\",\"token\":\"t\",\"org\":{\"code\":\"360903\",\"nameTh\":\"อบต.\"}}");
        ServerException e = assertThrows(ServerException.class, () -> api.pair(server.url(), "C", "D"));
        assertEquals(ServerException.Kind.BAD_RESPONSE, e.kind());
    }

    @Test
    void aPairingAnswerWithAnOrgOfTheWrongShapeIsABadResponse() {
        server.answersPairingWith(200, "application/json", "{\"deviceId\":\"" + FakeServer.DEVICE_ID
                + "\",\"token\":\"t\",\"org\":{\"code\":360903,\"nameTh\":[\"x\"]}}");
        ServerException e = assertThrows(ServerException.class, () -> api.pair(server.url(), "C", "D"));
        assertEquals(ServerException.Kind.BAD_RESPONSE, e.kind());
    }

    @Test
    void aRefusedCodeCarriesTheServersThaiSentence() {
        server.refusesPairing(404, "pairing-code-invalid", "Not found", "No such pairing code",
                "รหัสจับคู่ไม่ถูกต้อง กรุณาตรวจสอบแล้วลองอีกครั้ง");
        ServerException e = assertThrows(ServerException.class, () -> api.pair(server.url(), "C", "D"));
        assertEquals(ServerException.Kind.REFUSED, e.kind());
        assertEquals("pairing-code-invalid", e.code());
        assertEquals("รหัสจับคู่ไม่ถูกต้อง กรุณาตรวจสอบแล้วลองอีกครั้ง", e.messageTh());
    }
}
