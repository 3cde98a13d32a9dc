package th.wastebank.client.pairing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.store.Settings;
import th.wastebank.client.testing.FakeServer;
import th.wastebank.client.testing.TestClient;

class PairViewModelTest {
    private static final String EXPIRED_TH = "รหัสจับคู่หมดอายุแล้ว กรุณาขอรหัสใหม่จากเจ้าหน้าที่";

    @TempDir
    Path tmp;
    private TestClient client;
    private FakeServer server;
    private PairViewModel vm;

    @BeforeEach
    void setUp() throws IOException {
        client = new TestClient(tmp);
        server = FakeServer.start();
        vm = new PairViewModel(client.ctx.pairing(), client.ctx.settings(), client.screens);
        vm.serverUrl().set(server.url());
        vm.code().set("bygn-qyrz");
        vm.deviceName().set("โทรศัพท์กรรมการ 1");
    }

    @AfterEach
    void tearDown() {
        server.close();
        client.close();
    }

    @Test
    void pairingStoresTheOrgAndGoesHome() {
        vm.pair();

        assertNull(vm.error().get());
        assertTrue(client.ctx.settings().isPaired());
        assertEquals("อบต.นายางกลัก", client.ctx.settings().get(Settings.ORG_NAME, ""));
        assertEquals(FakeServer.TOKEN, client.ctx.settings().get(Settings.TOKEN, ""));
        assertEquals("home", client.routes.last());
        assertTrue(server.pairRequests().get(0).contains("\"deviceName\":\"โทรศัพท์กรรมการ 1\""));
    }

    @Test
    void pairingShowsThaiMessageForExpiredCode() {
        server.refusesPairing(410, "pairing-code-expired", "Gone", "This pairing code has expired", EXPIRED_TH);

        vm.pair();

        assertEquals(EXPIRED_TH, vm.error().get());
        assertFalse(client.ctx.settings().isPaired());
        assertTrue(client.routes.visits().isEmpty());
    }

    @Test
    void pairingShowsThaiMessageForWrongCode() {
        server.refusesPairing(404, "pairing-code-invalid", "Not found", "No such pairing code",
                "รหัสจับคู่ไม่ถูกต้อง กรุณาตรวจสอบแล้วลองอีกครั้ง");

        vm.pair();

        assertEquals("รหัสจับคู่ไม่ถูกต้อง กรุณาตรวจสอบแล้วลองอีกครั้ง", vm.error().get());
    }

    @Test
    void pairingShowsThaiMessageForUsedCode() {
        server.refusesPairing(410, "pairing-code-used", "Gone", "This pairing code was already used",
                "รหัสจับคู่นี้ถูกใช้ไปแล้ว กรุณาขอรหัสใหม่จากเจ้าหน้าที่");

        vm.pair();

        assertEquals("รหัสจับคู่นี้ถูกใช้ไปแล้ว กรุณาขอรหัสใหม่จากเจ้าหน้าที่", vm.error().get());
    }

    @Test
    void englishPairingShowsEnglishMessageForExpiredCode() {
        client.messages.setLanguage("en");
        server.refusesPairing(410, "pairing-code-expired", "Gone", "This pairing code has expired", EXPIRED_TH);

        vm.pair();

        assertEquals("This pairing code has expired. Please ask the officer for a new one.", vm.error().get());
    }

    @Test
    void unreachableServerSaysSoInThai() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        vm.serverUrl().set("http://127.0.0.1:" + closedPort);

        vm.pair();

        assertEquals(client.messages.get("pair.error.unreachable"), vm.error().get());
        assertTrue(vm.error().get().startsWith("ติดต่อเซิร์ฟเวอร์ไม่ได้"));
        assertFalse(client.ctx.settings().isPaired());
    }

    @Test
    void captivePortalPageIsNotTakenForTheServer() {
        server.answersPairingWith(200, "text/html", "<html><body>Please log in to the Wi-Fi</body></html>");

        vm.pair();

        assertEquals(client.messages.get("pair.error.notOurServer"), vm.error().get());
        assertFalse(client.ctx.settings().isPaired());
    }

    @Test
    void jsonOfTheWrongShapeIsNotTakenForAPairing() {
        server.answersPairingWith(200, "application/json", "{\"deviceId\":\"not-a-uuid\",\"token\":\"t\",\"org\":{\"code\":\"1\",\"nameTh\":\"x\"}}");

        vm.pair();

        assertEquals(client.messages.get("pair.error.notOurServer"), vm.error().get());
        assertFalse(client.ctx.settings().isPaired());
    }

    @Test
    void emptyFieldsAreFlaggedWithoutAskingTheServer() {
        vm.code().set("  ");
        vm.deviceName().set("");

        vm.pair();

        assertEquals("กรุณากรอกรหัสจับคู่", vm.codeError().get());
        assertEquals("กรุณาตั้งชื่อเครื่องนี้", vm.deviceNameError().get());
        assertNull(vm.serverUrlError().get());
        assertTrue(server.pairRequests().isEmpty());
    }

    @Test
    void whatWasTypedStaysAfterAnError() {
        server.refusesPairing(410, "pairing-code-expired", "Gone", "This pairing code has expired", EXPIRED_TH);

        vm.pair();

        assertEquals(server.url(), vm.serverUrl().get());
        assertEquals("bygn-qyrz", vm.code().get());
        assertEquals("โทรศัพท์กรรมการ 1", vm.deviceName().get());
        assertFalse(vm.busy().get());
    }
}
