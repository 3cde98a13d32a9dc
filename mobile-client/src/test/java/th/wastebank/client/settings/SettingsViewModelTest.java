package th.wastebank.client.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.store.Settings;
import th.wastebank.client.testing.FakeServer;
import th.wastebank.client.testing.TestClient;

class SettingsViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private FakeServer server;
    private SettingsViewModel vm;

    @BeforeEach
    void setUp() throws IOException {
        client = new TestClient(tmp);
        server = FakeServer.start();
        client.pairWith(server);
        vm = new SettingsViewModel(client.ctx.settings(), client.screens);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        server.close();
        client.close();
    }

    @Test
    void showsTheServerDeviceAndOrgOfThePairing() {
        assertEquals(server.url(), vm.serverUrl().get());
        assertEquals("โทรศัพท์ทดสอบ", vm.deviceName().get());
        assertEquals(FakeServer.DEVICE_ID, vm.deviceId().get());
        assertEquals("อบต.นายางกลัก", vm.orgName().get());
        assertEquals("360903", vm.orgCode().get());
        assertEquals("อ.เทพสถิต จ.ชัยภูมิ", vm.orgArea().get());
        assertEquals("th", vm.language().get());
    }

    @Test
    void switchingToEnglishIsAppliedAtOnceAndRemembered() {
        vm.language().set("en");

        assertEquals("Waste bank", client.messages.get("app.name"));
        assertEquals("en", client.ctx.settings().get(Settings.LANGUAGE, ""));

        vm.language().set("th");
        assertEquals("ธนาคารขยะ", client.messages.get("app.name"));
        assertEquals("th", client.ctx.settings().get(Settings.LANGUAGE, ""));
    }

    @Test
    void thaiDigitsAreAppliedAtOnceAndRemembered() {
        vm.thaiDigits().set(true);

        assertEquals("๒๐.๐๐ บาท", client.messages.format().baht(2000));
        assertEquals("true", client.ctx.settings().get(Settings.THAI_DIGITS, ""));
    }

    @Test
    void pairingAgainOpensThePairingScreen() {
        vm.pairAgain();
        assertEquals("pair", client.routes.last());
    }
}
