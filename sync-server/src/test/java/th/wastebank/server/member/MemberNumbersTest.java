package th.wastebank.server.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import th.wastebank.member.MemberUpsert;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.Parallel;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

@SharedServer
class MemberNumbersTest extends ServerTestBase {

    /** The number each member's latest pulled registration or edit carries, by member id. */
    private Map<UUID, Long> pulledNumbers(Api.Device device) {
        Map<UUID, Long> out = new HashMap<>();
        for (Object c : (List<?>) api().pull(device, "0", 1000).json().get("changes")) {
            Map<?, ?> change = (Map<?, ?>) c;
            if ("member.upsert".equals(change.get("type"))) {
                Object number = ((Map<?, ?>) change.get("payload")).get("number");
                out.put(UUID.fromString((String) change.get("entityId")),
                        number == null ? null : ((Number) number).longValue());
            }
        }
        return out;
    }

    private Map<UUID, Long> servedNumbers(Api.Device device) {
        Api.Response r = api().get("/api/v1/members/numbers", device.token());
        assertEquals(200, r.status(), r.body());
        Map<UUID, Long> out = new HashMap<>();
        ((Map<?, ?>) r.json().get("numbers")).forEach((id, n) -> out.put(UUID.fromString((String) id),
                ((Number) n).longValue()));
        return out;
    }

    @Test
    void twoPhonesRegisteringMembersOfflineAtTheSameTimeGetUniqueNumbersThatEveryPhonePulls() throws Exception {
        String org = TestOrgs.create("อบต.เลขสมาชิกพร้อมกัน");
        Api.Device phoneA = api().pair(org);
        Api.Device phoneB = api().pair(org);
        List<Callable<List<String>>> pushes = new ArrayList<>();
        List<UUID> all = new ArrayList<>();
        for (Api.Device phone : List.of(phoneA, phoneB)) {
            Ops ops = new Ops();
            List<SyncOp> registered = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                UUID id = Ops.newId();
                all.add(id);
                registered.add(ops.member(id, "สมาชิก " + phone.deviceId().toString().substring(0, 4) + " " + i));
            }
            pushes.add(() -> api().pushStatuses(phone, registered));
        }
        for (List<String> statuses : Parallel.all(pushes)) {
            assertEquals(List.of("APPLIED"), statuses.stream().distinct().toList());
        }

        Map<UUID, Long> pulled = pulledNumbers(phoneB);
        assertEquals(new TreeSet<>(all), new TreeSet<>(pulled.keySet()), "no member lost");
        TreeSet<Long> numbers = new TreeSet<>(pulled.values());
        assertEquals(30, numbers.size(), "no number given twice: " + pulled);
        assertEquals(1L, numbers.first());
        assertEquals(30L, numbers.last());
        assertEquals(pulled, pulledNumbers(phoneA), "both phones pull the same numbers");
        assertEquals(pulled, servedNumbers(phoneA));
        assertEquals(30, Db.count("SELECT COUNT(DISTINCT m.number) FROM member m JOIN org o ON o.id = m.org_id"
                + " WHERE o.code = ?", org));
    }

    @Test
    void anEditKeepsTheMembersNumberWhateverThePhoneSends() {
        String org = TestOrgs.create("อบต.เลขสมาชิกคงเดิม");
        Api.Device phone = api().pair(org);
        UUID first = Ops.newId();
        UUID second = Ops.newId();
        Ops ops = new Ops();
        api().pushStatuses(phone, List.of(ops.member(first, "นายหนึ่ง ต้นทาง"), ops.member(second, "นายสอง ตามมา")));
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(ops.op(first,
                new MemberUpsert("นายหนึ่ง ย้ายบ้าน", null, null, null, LocalDate.of(2025, 6, 1), 2, 2L)))));
        // another bank numbers from 1 too: numbers are unique within a bank
        String otherOrg = TestOrgs.create("อบต.เลขสมาชิกอีกแห่ง");
        Api.Device otherPhone = api().pair(otherOrg);
        UUID elsewhere = Ops.newId();
        api().pushStatuses(otherPhone, List.of(new Ops().member(elsewhere, "นางอื่น ต่างบ้าน")));

        Map<UUID, Long> pulled = pulledNumbers(phone);
        assertEquals(Map.of(first, 1L, second, 2L), pulled, "the edit came back with the number 1");
        assertEquals(Map.of(elsewhere, 1L), pulledNumbers(otherPhone));
        assertEquals(pulled, servedNumbers(phone));
        assertFalse(servedNumbers(otherPhone).containsKey(first), "another bank's members are not served");
    }

    @Test
    void aMemberStoredWithoutANumberIsNotServedAndTheNextRegistrationStillNumbersAfterTheHighest() {
        String org = TestOrgs.create("อบต.เลขสมาชิกเดิม");
        Api.Device phone = api().pair(org);
        UUID numbered = Ops.newId();
        api().pushStatuses(phone, List.of(new Ops().member(numbered, "นางมีเลข แล้ว")));
        Db.execute("INSERT INTO member (id, org_id, name, joined_on, version, created_seq, updated_seq)"
                + " SELECT UNHEX(REPLACE(UUID(), '-', '')), id, 'นายไม่มีเลข', '2025-01-01', 1, 0, 0 FROM org"
                + " WHERE code = '" + org + "'");
        UUID next = Ops.newId();
        api().pushStatuses(phone, List.of(new Ops().member(next, "นายคนต่อไป")));
        assertEquals(Map.of(numbered, 1L, next, 2L), servedNumbers(phone));
        assertNull(pulledNumbers(phone).get(Ops.newId()));
    }
}
