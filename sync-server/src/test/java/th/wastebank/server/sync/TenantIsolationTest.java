package th.wastebank.server.sync;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A token of อปท. A can neither read nor write อปท. B through any device endpoint. */
@SharedServer
class TenantIsolationTest extends ServerTestBase {
    private String orgA;
    private String orgB;
    private Api.Device deviceA;
    private Api.Device deviceB;
    private final UUID memberB = Ops.newId();
    private SyncOp depositB;

    @BeforeAll
    void twoOrgsWithData() {
        orgA = TestOrgs.create("อบต.เอ");
        orgB = TestOrgs.create("อบต.บี");
        deviceA = api().pair(orgA);
        deviceB = api().pair(orgB);
        Ops ops = new Ops();
        depositB = ops.deposit(memberB, 5_000);
        api().pushStatuses(deviceB, List.of(ops.member(memberB, "สมาชิกของบี"), depositB));
    }

    private String reason(Api.Device device, SyncOp op) {
        Map<String, Object> result = api().push(device, List.of(op)).results().get(0);
        assertEquals("REJECTED", result.get("status"));
        return (String) ((Map<?, ?>) result.get("reason")).get("code");
    }

    @Test
    void aCannotDepositForBsMember() {
        assertEquals("UNKNOWN_MEMBER", reason(deviceA, new Ops().deposit(memberB, 1_000)));
    }

    @Test
    void aCannotWithdrawFromBsMember() {
        assertEquals("UNKNOWN_MEMBER", reason(deviceA, new Ops().withdrawal(memberB, 100)));
    }

    @Test
    void aCannotOverwriteBsMember() {
        assertEquals("ENTITY_CONFLICT", reason(deviceA, new Ops().member(memberB, "ถูกแก้โดยเอ", 5)));
        assertEquals("สมาชิกของบี", Db.string("SELECT name FROM member WHERE id = UNHEX(REPLACE(?, '-', ''))",
                memberB.toString()));
    }

    @Test
    void aCannotReverseBsEntry() {
        assertEquals("UNKNOWN_ENTRY", reason(deviceA, new Ops().reverse(depositB.entityId(), "ลองย้อน")));
    }

    @Test
    void aCannotReuseBsEntryId() {
        UUID memberA = Ops.newId();
        Ops ops = new Ops();
        api().pushStatuses(deviceA, List.of(ops.member(memberA, "สมาชิกของเอ")));
        SyncOp clash = ops.deposit(memberA, 1_000);
        SyncOp sameIdAsB = new SyncOp(clash.opId(), clash.seq(), clash.type(), depositB.entityId(), clash.payload(),
                clash.recordedAt());
        assertEquals("ENTITY_CONFLICT", reason(deviceA, sameIdAsB));
        assertEquals(1, Db.ledgerRows(orgB));
    }

    @Test
    void aPullsNothingOfB() {
        Api.Response page = api().pull(deviceA, "0", 5000);
        assertFalse(page.body().contains(memberB.toString()), page.body());
        assertFalse(page.body().contains("สมาชิกของบี"), page.body());
    }

    @Test
    void aCannotReadBsBalance() {
        assertEquals(404, api().get("/api/v1/members/" + memberB + "/balance", deviceA.token()).status());
        assertEquals(200, api().get("/api/v1/members/" + memberB + "/balance", deviceB.token()).status());
    }

    @Test
    void aDevicesTokenCannotUseTheOperatorApi() {
        assertEquals(401, api().post("/api/v1/admin/orgs/" + orgB + "/pairing-codes", "", deviceA.token()).status());
        assertEquals(401, api().get("/api/v1/admin/orgs/" + orgB + "/balances", deviceA.token()).status());
    }

    @Test
    void bsDeviceCannotBeRevokedThroughAsOrg() {
        Api.Response r = api().post("/api/v1/admin/orgs/" + orgA + "/devices/" + deviceB.deviceId() + "/revoke", "",
                ADMIN_TOKEN);
        assertEquals(404, r.status());
        assertEquals(200, api().pull(deviceB, "0", 1).status());
    }
}
