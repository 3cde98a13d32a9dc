package th.wastebank.server.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.deposit.DepositLine;
import th.wastebank.json.CanonicalJson;
import th.wastebank.member.MemberUpsert;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;
import th.wastebank.withdrawal.WithdrawalRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of bad input gets a clear answer — a problem document or a REJECTED result with a
 * reason code — nothing of it is stored, good ops beside it still apply, and the server keeps serving.
 */
@SharedServer
class BadInputTest extends ServerTestBase {
    private String org;
    private Api.Device device;
    private final Ops ops = new Ops();
    private final UUID member = Ops.newId();

    @BeforeAll
    void registerAMember() {
        org = TestOrgs.create("อบต.ข้อมูลเสีย");
        device = api().pair(org);
        assertEquals(List.of("APPLIED"), api().pushStatuses(device, List.of(ops.member(member, "นางสาวสมาชิก"))));
    }

    private Map<String, Object> rejectionOf(SyncOp op) {
        long before = Db.ledgerRows(org);
        Api.Response r = api().push(device, List.of(op));
        assertEquals(200, r.status(), r.body());
        Map<String, Object> result = r.results().get(0);
        assertEquals("REJECTED", result.get("status"), r.body());
        assertEquals(before, Db.ledgerRows(org), "a rejected op writes nothing");
        @SuppressWarnings("unchecked")
        Map<String, Object> reason = (Map<String, Object>) result.get("reason");
        assertNotNull(reason.get("messageTh"));
        return reason;
    }

    private String rejectionCode(SyncOp op) {
        return (String) rejectionOf(op).get("code");
    }

    private SyncOp withPayload(SyncOp op, Map<String, Object> payload) {
        return new SyncOp(op.opId(), op.seq(), op.type(), op.entityId(), payload, op.recordedAt());
    }

    private static void assertProblem(Api.Response r, int status, String code) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(code, r.json().get("code"), r.body());
        assertNotNull(r.json().get("detailTh"));
    }

    @Test
    void malformedJsonIsAProblem() {
        assertProblem(api().post("/api/v1/sync/push", "{\"deviceId\": ", device.token()), 400, "malformed-json");
        assertProblem(api().post("/api/v1/sync/push", "[1,2]", device.token()), 400, "malformed-json");
    }

    @Test
    void aPushWithoutOpsIsAProblem() {
        assertProblem(api().post("/api/v1/sync/push", "{\"deviceId\":\"" + device.deviceId() + "\"}", device.token()),
                400, "ops-missing");
    }

    @Test
    void anotherDevicesIdInTheEnvelopeIsForbidden() {
        assertProblem(api().post("/api/v1/sync/push", "{\"deviceId\":\"" + Ops.newId() + "\",\"ops\":[]}",
                device.token()), 403, "device-mismatch");
    }

    @Test
    void unknownOpTypeIsRejected() {
        SyncOp op = ops.deposit(member, 1_000);
        assertEquals("UNKNOWN_TYPE", rejectionCode(new SyncOp(op.opId(), op.seq(), "deposit.delete", op.entityId(),
                op.payload(), op.recordedAt())));
    }

    @Test
    void missingFieldIsRejectedByName() {
        Map<String, Object> payload = new LinkedHashMap<>(ops.deposit(member, 1_000).payload());
        payload.remove("total");
        Map<String, Object> reason = rejectionOf(withPayload(ops.deposit(member, 1), payload));
        assertEquals("MISSING_FIELD", reason.get("code"));
        assertEquals("payload.total", reason.get("field"));
    }

    @Test
    void wrongTypedFieldIsRejected() {
        Map<String, Object> payload = new LinkedHashMap<>(ops.deposit(member, 1_000).payload());
        payload.put("total", "eight baht");
        assertEquals("WRONG_TYPE", rejectionCode(withPayload(ops.deposit(member, 1), payload)));
    }

    @Test
    void anOpWithoutAnOpIdIsRejectedInItsPlace() {
        Map<String, Object> op = new LinkedHashMap<>(ops.deposit(member, 1_000).toJson());
        op.remove("opId");
        String body = CanonicalJson.write(Map.of("deviceId", device.deviceId().toString(), "ops", List.of(op)));
        Api.Response r = api().post("/api/v1/sync/push", body, device.token());
        Map<?, ?> reason = (Map<?, ?>) r.results().get(0).get("reason");
        assertEquals("MISSING_FIELD", reason.get("code"));
        assertEquals("opId", reason.get("field"));
    }

    @Test
    void aTextLongerThanItsLimitIsRejectedByItsFieldPathAloneBeforeThePayloadsOtherRules() {
        Map<String, Object> reason = rejectionOf(ops.op(Ops.newId(), new MemberUpsert("นายยาว", null, "ก".repeat(101),
                null, LocalDate.of(2099, 1, 1), 0)));
        assertEquals("TEXT_TOO_LONG", reason.get("code"));
        assertEquals("payload.village", reason.get("field"));
        assertEquals("ข้อความ payload.village ยาวเกินไป", reason.get("messageTh"), "not the date's nor the version's");
        reason = rejectionOf(ops.op(Ops.newId(), new WithdrawalRecord(member, 100, Instant.now(),
                List.of("สมชาย", "ก".repeat(201)))));
        assertEquals("TEXT_TOO_LONG", reason.get("code"));
        assertEquals("payload.approvedBy[1]", reason.get("field"));
    }

    @Test
    void zeroNegativeAndAbsurdWeightsAreRejected() {
        assertEquals("WEIGHT_NOT_POSITIVE", rejectionCode(ops.deposit(member, DepositLine.priced("PET_CLEAR", 0, 800))));
        assertEquals("WEIGHT_NOT_POSITIVE",
                rejectionCode(ops.deposit(member, new DepositLine("PET_CLEAR", -500, 800, -400))));
        assertEquals("WEIGHT_TOO_LARGE",
                rejectionCode(ops.deposit(member, DepositLine.priced("PET_CLEAR", 1_500_000, 800))));
    }

    @Test
    void anAmountThatIsNotGramsTimesPriceIsRejected() {
        Map<String, Object> reason = rejectionOf(ops.deposit(member, new DepositLine("PET_CLEAR", 1_000, 800, 900)));
        assertEquals("AMOUNT_MISMATCH", reason.get("code"));
        assertEquals("จำนวนเงินไม่ตรงกับน้ำหนักคูณราคา", reason.get("messageTh"));
    }

    @Test
    void aTotalThatIsNotTheSumIsRejected() {
        Map<String, Object> payload = new LinkedHashMap<>(ops.deposit(member, 1_000).payload());
        payload.put("total", 801);
        assertEquals("TOTAL_MISMATCH", rejectionCode(withPayload(ops.deposit(member, 1), payload)));
    }

    @Test
    void aReceiptNumberNotOfThePhoneCodeAndSixDigitsIsRejectedInThai() {
        Map<String, Object> payload = new LinkedHashMap<>(ops.deposit(member, 1_000).payload());
        payload.put("receiptNo", "01A2447A");
        Map<String, Object> reason = rejectionOf(withPayload(ops.deposit(member, 1), payload));
        assertEquals("RECEIPT_NO_INVALID", reason.get("code"));
        assertEquals("payload.receiptNo", reason.get("field"));
    }

    @Test
    void aDepositWithItsReceiptNumberIsStoredAndPulledBackWithIt() {
        SyncOp deposit = ops.deposit(member, 1_000);
        Map<String, Object> payload = new LinkedHashMap<>(deposit.payload());
        payload.put("receiptNo", "A7-000123");
        assertEquals(List.of("APPLIED"), api().pushStatuses(device, List.of(withPayload(deposit, payload))));

        Api.Response pulled = api().pull(device, "0", 5000);
        assertTrue(pulled.body().contains("\"receiptNo\":\"A7-000123\""), pulled.body());
    }

    @Test
    void aDepositForAnUnknownMemberIsRejected() {
        assertEquals("UNKNOWN_MEMBER", rejectionCode(ops.deposit(Ops.newId(), 1_000)));
    }

    @Test
    void anUnknownMaterialIsRejected() {
        assertEquals("UNKNOWN_MATERIAL", rejectionCode(ops.deposit(member, DepositLine.priced("BANANA_FIBRE", 1_000, 500))));
    }

    @Test
    void aWithdrawalWithOneApproverIsRejected() {
        SyncOp w = ops.withdrawal(member, 100);
        Map<String, Object> payload = new LinkedHashMap<>(w.payload());
        payload.put("approvedBy", List.of("สมชาย"));
        assertEquals("APPROVERS_REQUIRED", rejectionCode(withPayload(w, payload)));
    }

    @Test
    void aPayloadNamingAnotherOrgIsRejected() {
        Map<String, Object> payload = new LinkedHashMap<>(ops.deposit(member, 1_000).payload());
        payload.put("orgCode", "360903");
        assertEquals("FOREIGN_ORG", rejectionCode(withPayload(ops.deposit(member, 1_000), payload)));
    }

    @Test
    void validOpsBesideRejectedOnesAreApplied() {
        long before = Db.ledgerRows(org);
        List<String> statuses = api().pushStatuses(device, List.of(
                ops.deposit(member, 1_000),
                ops.deposit(member, DepositLine.priced("PET_CLEAR", 0, 800)),
                ops.deposit(member, 2_000)));
        assertEquals(List.of("APPLIED", "REJECTED", "APPLIED"), statuses);
        assertEquals(before + 2, Db.ledgerRows(org));
    }

    @Test
    void moreThan500OpsIsAProblemAndWritesNothing() {
        long before = Db.opRows(org);
        List<SyncOp> batch = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            batch.add(ops.deposit(member, 1_000));
        }
        assertProblem(api().push(device, batch), 413, "too-many-ops");
        assertEquals(before, Db.opRows(org));
    }

    @Test
    void aBodyOverOneMebibyteIsAProblem() {
        String big = "{\"deviceId\":\"" + device.deviceId() + "\",\"ops\":[],\"pad\":\"" + "x".repeat(1_100_000) + "\"}";
        Api.Response r = api().post("/api/v1/sync/push", big, device.token());
        assertProblem(r, 413, "body-too-large");
    }

    @Test
    void missingUnknownAndMalformedTokensAreUnauthorised() {
        String body = "{\"deviceId\":\"" + device.deviceId() + "\",\"ops\":[]}";
        assertProblem(api().post("/api/v1/sync/push", body, null), 401, "token-missing");
        assertProblem(api().post("/api/v1/sync/push", body, "wbd_not-a-real-token"), 401, "token-invalid");
        assertProblem(api().get("/api/v1/sync/pull", null), 401, "token-missing");
    }

    @Test
    void badCursorsAndLimitsAreProblems() {
        assertProblem(api().get("/api/v1/sync/pull?cursor=abc", device.token()), 400, "bad-cursor");
        assertProblem(api().get("/api/v1/sync/pull?cursor=-5", device.token()), 400, "bad-cursor");
        assertProblem(api().get("/api/v1/sync/pull?cursor=999999999", device.token()), 409, "cursor-ahead");
        assertProblem(api().get("/api/v1/sync/pull?limit=0", device.token()), 400, "bad-limit");
        assertProblem(api().get("/api/v1/sync/pull?limit=100000", device.token()), 400, "bad-limit");
    }

    @Test
    void unknownRoutesAndMethodsAreProblems() {
        assertProblem(api().get("/api/v1/nowhere", null), 404, "not-found");
        assertProblem(api().get("/api/v1/sync/push", device.token()), 405, "method-not-allowed");
    }

    @Test
    void theServerKeepsServingAfterAllOfIt() {
        malformedJsonIsAProblem();
        aBodyOverOneMebibyteIsAProblem();
        assertEquals(200, api().get("/health", null).status());
        assertFalse(api().pushStatuses(device, List.of(ops.deposit(member, 1_000))).contains("REJECTED"));
    }
}
