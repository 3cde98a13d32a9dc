package th.wastebank.server.auth;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.TestOrgs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedServer
class PairingTest extends ServerTestBase {

    @Test
    void aCodeGivesADeviceATokenForItsOrgOnly() {
        String org = TestOrgs.create("อบต.จับคู่");
        String code = api().pairingCode(org);
        Api.Response r = api().pairWith(code.toLowerCase().replace("-", " "), "มือถือเหรัญญิก");
        assertEquals(200, r.status(), r.body());
        Map<String, Object> body = r.json();
        assertTrue(((String) body.get("token")).startsWith("wbd_"));
        assertEquals(org, ((Map<?, ?>) body.get("org")).get("code"));
        assertEquals("ชัยภูมิ", ((Map<?, ?>) body.get("org")).get("provinceTh"));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM device d JOIN org o ON o.id = d.org_id WHERE o.code = ?", org));
        assertFalse(Db.string("SELECT HEX(token_hash) FROM device d JOIN org o ON o.id = d.org_id WHERE o.code = ?", org)
                .contains((String) body.get("token")), "only a hash of the token is stored");
    }

    @Test
    void eachPhoneOfABankGetsItsOwnReceiptCodeInPairingOrder() {
        String org = TestOrgs.create("อบต.เลขใบรับ");
        Map<String, Object> first = api().pairWith(api().pairingCode(org), "เครื่องแรก").json();
        Map<String, Object> second = api().pairWith(api().pairingCode(org), "เครื่องสอง").json();
        Map<String, Object> otherBank = api().pairWith(api().pairingCode(TestOrgs.create("อบต.อื่น")), "เครื่องอื่น").json();

        assertEquals("AA", first.get("receiptCode"));
        assertEquals("AB", second.get("receiptCode"));
        assertEquals("AA", otherBank.get("receiptCode"), "codes are unique within a bank; banks never share receipts");
    }

    @Test
    void aCodeIsUsedOnce() {
        String code = api().pairingCode(TestOrgs.create("อบต.ใช้ครั้งเดียว"));
        assertEquals(200, api().pairWith(code, "เครื่องแรก").status());
        Api.Response again = api().pairWith(code, "เครื่องสอง");
        assertEquals(410, again.status());
        assertEquals("pairing-code-used", again.json().get("code"));
    }

    @Test
    void anExpiredCodeIsRefusedInThai() {
        String org = TestOrgs.create("อบต.หมดเวลา");
        String code = api().pairingCode(org);
        Db.execute("UPDATE pairing_code SET expires_at = UTC_TIMESTAMP(3) - INTERVAL 1 MINUTE");
        Api.Response r = api().pairWith(code, "เครื่องช้า");
        assertEquals(410, r.status());
        assertEquals("pairing-code-expired", r.json().get("code"));
        assertEquals("รหัสจับคู่หมดอายุแล้ว กรุณาขอรหัสใหม่จากเจ้าหน้าที่", r.json().get("detailTh"));
    }

    @Test
    void anUnknownCodeOrMissingNameIsRefused() {
        assertEquals("pairing-code-invalid", api().pairWith("ZZZZ-ZZZZ", "เครื่อง").json().get("code"));
        assertEquals("device-name-invalid", api().pairWith(api().pairingCode(TestOrgs.create("อบต.ไม่มีชื่อ")), " ").json().get("code"));
        assertEquals(400, api().post("/api/v1/devices/pair", "{not json", null).status());
    }

    @Test
    void aRevokedDeviceIsLockedOut() {
        String org = TestOrgs.create("อบต.ยกเลิกเครื่อง");
        Api.Device device = api().pair(org);
        assertEquals(204, api().post("/api/v1/admin/orgs/" + org + "/devices/" + device.deviceId() + "/revoke", "",
                ADMIN_TOKEN).status());
        Api.Response r = api().push(device, List.of(new Ops().member(Ops.newId(), "ไม่ควรถูกบันทึก")));
        assertEquals(401, r.status());
        assertEquals("token-revoked", r.json().get("code"));
        assertEquals(0, Db.opRows(org));
    }

    @Test
    void theOperatorApiNeedsTheOperatorToken() {
        String org = TestOrgs.create("อบต.ผู้ดูแล");
        assertEquals(401, api().post("/api/v1/admin/orgs/" + org + "/pairing-codes", "", null).status());
        assertEquals(401, api().post("/api/v1/admin/orgs/" + org + "/pairing-codes", "", "guess").status());
        assertEquals(404, api().post("/api/v1/admin/orgs/NO-SUCH/pairing-codes", "", ADMIN_TOKEN).status());
    }

    @Test
    void secretsAreRandomAndCodesReadable() {
        assertFalse(Secrets.newDeviceToken().equals(Secrets.newDeviceToken()));
        assertTrue(Secrets.newPairingCode().matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}"));
        assertArrayEquals(Secrets.sha256("ABCDEFGH"), Secrets.sha256(Secrets.normalisePairingCode("abcd-efgh")));
    }
}
