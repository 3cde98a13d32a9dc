package th.wastebank.server.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import th.wastebank.deposit.DepositLine;
import th.wastebank.deposit.DepositRecord;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.server.progress.ReportingRounds;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dates an op carries are checked against the server's clock; a reporting round is decided by when
 * the server received a milestone; an id already taken is refused for that op alone, whatever the
 * op type, and the rest of the push applies.
 */
@SharedServer
class DatesAndIdsTest extends ServerTestBase {

    @Test
    void everyPullPageCarriesTheServersClockForThePhoneToCompareItsOwn() {
        Api.Device device = api().pair(TestOrgs.create("อบต.เทียบนาฬิกา"));
        Instant before = Instant.now();
        Object time = api().pull(device, "0", 10).json().get("serverNow");
        Instant after = Instant.now();

        assertNotNull(time, "serverNow");
        Instant server = Instant.parse((String) time);
        assertFalse(server.isBefore(before.minusSeconds(1)) || server.isAfter(after.plusSeconds(1)), server.toString());
    }

    @Test
    void aDateMoreThanADayAheadOfTheServerOrBefore2000IsRefusedPerOpWithItsField() {
        Api.Device device = api().pair(TestOrgs.create("อบต.นาฬิกาเร็ว"));
        Ops ops = new Ops(Instant.now());
        UUID member = Ops.newId();
        Instant monthAhead = Instant.now().plus(Duration.ofDays(30));
        SyncOp futureDeposit = ops.op(Ops.newId(), DepositRecord.of(member, monthAhead,
                List.of(DepositLine.priced("PET_CLEAR", 1_000, 800))));
        SyncOp futureStamp = new Ops(monthAhead).deposit(member, 1_000);
        SyncOp oldStamp = new Ops(Instant.parse("1999-06-01T00:00:00Z")).deposit(member, 1_000);
        SyncOp tomorrow = new Ops(Instant.now().plus(Duration.ofHours(20))).deposit(member, 1_000);

        Api.Response r = api().push(device, List.of(ops.member(member, "นางนาฬิกา"), futureDeposit, futureStamp,
                oldStamp, tomorrow));

        assertEquals(200, r.status(), r.body());
        List<Map<String, Object>> results = r.results();
        assertEquals("APPLIED", results.get(0).get("status"));
        assertRejected(results.get(1), "DATE_OUT_OF_RANGE", "payload.depositedAt");
        assertRejected(results.get(2), "DATE_OUT_OF_RANGE", "recordedAt");
        assertRejected(results.get(3), "DATE_OUT_OF_RANGE", "recordedAt");
        assertEquals("APPLIED", results.get(4).get("status"), "a phone a few hours fast is fine");
        @SuppressWarnings("unchecked")
        Map<String, Object> reason = (Map<String, Object>) results.get(1).get("reason");
        assertTrue(((String) reason.get("messageTh")).contains("นาฬิกาของเครื่อง"), reason.toString());
        assertEquals(1, Db.ledgerRows(device.orgCode()));
    }

    @Test
    void aSecondMilestoneWithTheSameEntityIdIsRefusedAloneAndTheRestOfThePushApplies() {
        Api.Device device = api().pair(TestOrgs.create("อบต.รหัสซ้ำ"));
        Ops ops = new Ops(Instant.now());
        UUID milestone = Ops.newId();
        assertEquals(List.of("APPLIED"), api().pushStatuses(device, List.of(ops.op(milestone, meeting(today())))));

        UUID member = Ops.newId();
        SyncOp again = ops.op(milestone, meeting(today()));
        Api.Response r = api().push(device, List.of(ops.member(member, "นายรหัส"), again, ops.deposit(member, 1_000)));

        assertEquals(200, r.status(), r.body());
        assertEquals("APPLIED", r.results().get(0).get("status"));
        assertRejected(r.results().get(1), "ENTITY_CONFLICT", "entityId");
        assertEquals("APPLIED", r.results().get(2).get("status"));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM milestone WHERE id = UNHEX(?)", hex(milestone)));

        UUID twice = Ops.newId();
        List<String> inOnePush = api().pushStatuses(device, List.of(ops.op(twice, meeting(today())),
                ops.op(twice, meeting(today()))));
        assertEquals(List.of("APPLIED", "REJECTED"), inOnePush, "the same id twice in one push");
    }

    /**
     * Every op type that creates a record: the same entity id under a new opId, after the first was
     * stored (so the database's key finds it) and, for good measure, in the same push.
     */
    @Test
    void anEntityIdClashOnEveryCreatingOpTypeIsEntityConflictForThatOpAlone() {
        Api.Device device = api().pair(TestOrgs.create("อบต.ทุกชนิด"));
        Ops ops = new Ops(Instant.now());
        UUID member = Ops.newId();
        UUID scheme = Ops.newId();
        UUID claim = Ops.newId();
        SyncOp deposit = ops.deposit(member, 5_000);
        SyncOp otherDeposit = ops.deposit(member, 6_000);
        assertEquals(List.of("APPLIED", "APPLIED", "APPLIED", "APPLIED", "APPLIED", "APPLIED"), api().pushStatuses(device,
                List.of(ops.member(member, "นางครบ"), deposit, otherDeposit, ops.funeralScheme(scheme, 100_000, 2_000, 0),
                        ops.claim(claim, scheme, member, today()), ops.contribution(500_000))));
        // a second reversal of the same entry would be ALREADY_REVERSED: each reverses its own deposit
        List<UUID> toReverse = new ArrayList<>(List.of(deposit.entityId(), otherDeposit.entityId()));

        Map<String, Function<UUID, SyncOp>> creators = new LinkedHashMap<>();
        creators.put("deposit.record", id -> retarget(ops.deposit(member, 1_000), id));
        creators.put("withdrawal.record", id -> retarget(ops.withdrawal(member, 100), id));
        creators.put("entry.reverse", id -> retarget(ops.reverse(toReverse.remove(0), "ชั่งผิด"), id));
        creators.put("price.set", id -> retarget(ops.price("PET_CLEAR", 900, null), id));
        creators.put("milestone.record", id -> ops.op(id, meeting(today())));
        creators.put("welfare.claim.file", id -> ops.claim(id, scheme, member, today().minusDays(1)));
        creators.put("welfare.levy.run", id -> ops.levy(id, scheme, "event-" + Ops.newId(), List.of(member), 2_000));
        creators.put("welfare.payout.record", id -> retarget(ops.payout(claim, 1_000), id));
        creators.put("welfare.fund.contribute", id -> retarget(ops.contribution(100), id));

        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Function<UUID, SyncOp>> creator : creators.entrySet()) {
            UUID id = Ops.newId();
            SyncOp first = creator.getValue().apply(id);
            List<String> stored = api().pushStatuses(device, List.of(first));
            if (!stored.equals(List.of("APPLIED"))) {
                failures.add(creator.getKey() + " first: " + stored);
                continue;
            }
            SyncOp clash = creator.getValue().apply(id);
            SyncOp good = ops.deposit(member, 2_000);
            Api.Response r = api().push(device, List.of(clash, good));
            if (r.status() != 200) {
                failures.add(creator.getKey() + ": " + r.status() + " " + r.body());
                continue;
            }
            Map<String, Object> reason = reasonOf(r.results().get(0));
            if (reason == null || !"ENTITY_CONFLICT".equals(reason.get("code"))) {
                failures.add(creator.getKey() + ": " + r.results().get(0));
            }
            if (!"APPLIED".equals(r.results().get(1).get("status"))) {
                failures.add(creator.getKey() + " neighbour: " + r.results().get(1));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * A phone whose clock says the last round (within the accepted range, since it is in the past)
     * reports now: the server counts it in the current round, and the pages show both dates.
     */
    @Test
    void theRoundIsDecidedByWhenTheServerReceivedTheMilestoneAndThePhonesDateIsShownBesideIt() {
        String org = TestOrgs.create("อบต.นาฬิกาช้า");
        Api.Device device = api().pair(org);
        ReportingRounds.Round last = ReportingRounds.previous(ReportingRounds.DEPARTMENT, today()).orElseThrow();
        Instant phoneSays = last.opensOn().atTime(LocalTime.NOON).atZone(Dates.THAI).toInstant();
        Ops slowPhone = new Ops(phoneSays);
        assertEquals(List.of("APPLIED"), api().pushStatuses(device,
                List.of(slowPhone.op(Ops.newId(), meeting(last.opensOn())))));

        Map<String, Object> rounds = api().get("/api/v1/progress/rounds?area=3609", ADMIN_TOKEN).json();
        assertFalse(String.valueOf(rounds.get("notReported")).contains(org), "reported in this round");
        assertTrue(String.valueOf(rounds.get("late")).contains(org), "not in the last round, whatever the phone says");

        Map<String, Object> standing = api().get("/api/v1/progress/orgs/" + org, ADMIN_TOKEN).json();
        assertNotNull(standing.get("lastReportReceivedAt"), standing.toString());
        assertEquals(phoneSays, Instant.parse((String) standing.get("lastReportPhoneAt")));
        assertTrue(Duration.between(Instant.parse((String) standing.get("lastReportReceivedAt")), Instant.now())
                .abs().toMinutes() < 5, standing.toString());
    }

    private static MilestoneRecord meeting(LocalDate day) {
        return new MilestoneRecord(1, day, null, "ขายปุ๋ยหมักจากขยะเปียก", null, null, null, null, null, null, List.of());
    }

    private static LocalDate today() {
        return LocalDate.now(Dates.THAI);
    }

    private static SyncOp retarget(SyncOp op, UUID entityId) {
        return new SyncOp(op.opId(), op.seq(), op.type(), entityId, op.payload(), op.recordedAt());
    }

    private static String hex(UUID id) {
        return id.toString().replace("-", "");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reasonOf(Map<String, Object> result) {
        return (Map<String, Object>) result.get("reason");
    }

    private static void assertRejected(Map<String, Object> result, String code, String field) {
        assertEquals("REJECTED", result.get("status"), result.toString());
        Map<String, Object> reason = reasonOf(result);
        assertEquals(code, reason.get("code"), result.toString());
        assertEquals(field, reason.get("field"), result.toString());
    }
}
