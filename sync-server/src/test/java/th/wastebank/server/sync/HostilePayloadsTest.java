package th.wastebank.server.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import th.wastebank.json.CanonicalJson;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A property test of the push: ops of every type, valid to begin with, with fields replaced at
 * random by what a hostile or broken client sends (wrong types, huge numbers, year 99999, deep
 * nesting, duplicate keys, megabyte strings, nulls, arrays for objects, lone surrogates, other
 * types' payloads) are each answered in their place (APPLIED, DUPLICATE or REJECTED) or the push is
 * refused with a 4xx problem; never a 5xx. The random generator is seeded (printed, and settable
 * with {@code -Dhostile.seed=}) so a failure can be replayed.
 */
@SharedServer
class HostilePayloadsTest extends ServerTestBase {
    private static final int CASES = 150;

    /** JSON text written as it is (a duplicate key, a number no Java type holds, a lone surrogate). */
    private record Raw(String json) {
    }

    @Test
    void randomHostileOpsOfEveryTypeNeverMakeA5xx() {
        long seed = Long.getLong("hostile.seed", System.nanoTime());
        System.out.println("[hostile payloads] seed " + seed + " (rerun with -Dhostile.seed=" + seed + ")");
        Random rng = new Random(seed);
        Api.Device phone = api().pair(TestOrgs.create("อบต.ข้อมูลเพี้ยน"));
        List<Function<Ops, SyncOp>> templates = templates(phone);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        UUID reusedOpId = Ops.newId();
        long start = System.nanoTime();
        for (int c = 0; c < CASES && failures.size() < 5; c++) {
            Ops ops = new Ops(Instant.now().minus(Duration.ofMinutes(1)));
            List<Object> elements = new ArrayList<>();
            int n = 1 + rng.nextInt(4);
            for (int i = 0; i < n; i++) {
                SyncOp op = templates.get(rng.nextInt(templates.size())).apply(ops);
                Map<String, Object> element = new LinkedHashMap<>(op.toJson());
                element.put("payload", copy(op.payload()));
                if (rng.nextInt(20) == 0) {
                    element.put("opId", reusedOpId.toString());
                }
                elements.add(mutate(rng, element, rng.nextInt(4)));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("deviceId", phone.deviceId().toString());
            body.put("ops", elements);
            String json = write(body);
            Api.Response r = api().post("/api/v1/sync/push", json, phone.token());
            statuses.merge(r.status(), 1, Integer::sum);
            String fault = fault(r, n);
            if (fault != null) {
                failures.add("case " + c + " (seed " + seed + "): " + fault + "\n  body: "
                        + json.substring(0, Math.min(600, json.length())));
            }
        }
        System.out.println("[hostile payloads] statuses " + statuses + " in "
                + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(200, api().get("/health", null).status(), "the server still serves");
    }

    /** What is wrong with an answer to a push of {@code n} ops, or null. */
    private static String fault(Api.Response r, int n) {
        if (r.status() >= 500) {
            return r.status() + " " + r.body();
        }
        if (r.status() != 200) {
            return r.status() >= 400 && r.contentType().startsWith("application/problem+json")
                    && r.json().get("code") != null ? null : "not a problem document: " + r.status() + " " + r.body();
        }
        List<Map<String, Object>> results = r.results();
        if (results.size() != n) {
            return n + " ops, " + results.size() + " results: " + r.body();
        }
        for (Map<String, Object> result : results) {
            Object status = result.get("status");
            if (!List.of("APPLIED", "DUPLICATE", "REJECTED").contains(status)
                    || "REJECTED".equals(status) && !(result.get("reason") instanceof Map)) {
                return "result " + result;
            }
        }
        return null;
    }

    /**
     * One valid op of every type, referring to a member, a scheme, a claim and a deposit that exist
     * (so that many mutated ops get past the shape checks to the appliers).
     */
    private List<Function<Ops, SyncOp>> templates(Api.Device phone) {
        Ops setup = new Ops(Instant.now().minus(Duration.ofMinutes(1)));
        UUID member = Ops.newId();
        UUID scheme = Ops.newId();
        UUID claim = Ops.newId();
        UUID product = Ops.newId();
        SyncOp deposit = setup.deposit(member, 10_000);
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(setup.member(member, "นางต้นแบบ"), deposit,
                setup.funeralScheme(scheme, 100_000, 2_000, 0), setup.claim(claim, scheme, member, LocalDate.now()),
                setup.contribution(1_000_000), setup.product(product, "ตะกร้า", 1))).stream().distinct().toList());
        return List.of(
                ops -> ops.member(Ops.newId(), "นาย" + UUID.randomUUID()),
                ops -> ops.member(member, "นางต้นแบบ", 2),
                ops -> ops.price("PET_CLEAR", 900, null),
                ops -> ops.price("OWN_" + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase(), 500, "ของเรา"),
                ops -> ops.deposit(member, 1_500),
                ops -> ops.withdrawal(member, 100),
                ops -> ops.reverse(deposit.entityId(), "ชั่งผิด"),
                ops -> ops.product(Ops.newId(), "กระเป๋า", 1),
                ops -> ops.milestone(new MilestoneRecord(3, LocalDate.now().minusDays(1), "บันทึก", null, null, null,
                        product, null, null, null, List.of())),
                ops -> ops.funeralScheme(Ops.newId(), 50_000, 1_000, 3),
                ops -> ops.claim(Ops.newId(), scheme, member, LocalDate.now().minusDays(2)),
                ops -> ops.levy(Ops.newId(), scheme, "e-" + UUID.randomUUID(), List.of(member), 2_000),
                ops -> ops.payout(claim, 1_000),
                ops -> ops.contribution(500));
    }

    /** Replaces {@code times} random places of the op (envelope or payload, at any depth) by hostile values. */
    private static Object mutate(Random rng, Map<String, Object> element, int times) {
        if (rng.nextInt(40) == 0) {
            return hostile(rng); // the op itself is not an object
        }
        for (int t = 0; t < times; t++) {
            List<Object[]> places = new ArrayList<>();
            collect(element, places);
            Object[] place = places.get(rng.nextInt(places.size()));
            int how = rng.nextInt(10);
            if (place[0] instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) map;
                if (how == 0) {
                    m.remove(place[1]);
                } else if (how == 1) {
                    m.put("x" + rng.nextInt(1000), copy(hostile(rng)));
                } else {
                    m.put((String) place[1], copy(hostile(rng)));
                }
            } else {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) place[0];
                list.set((Integer) place[1], copy(hostile(rng)));
            }
        }
        if (rng.nextInt(8) == 0 && element.get("payload") instanceof Map<?, ?> payload && !payload.isEmpty()) {
            String key = (String) payload.keySet().iterator().next();
            element.put("payload", new Raw(duplicateKey(payload, key, hostile(rng))));
        }
        return element;
    }

    /** Every (container, key-or-index) pair of the value tree. */
    private static void collect(Object value, List<Object[]> out) {
        if (value instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                out.add(new Object[] {map, key});
                collect(map.get(key), out);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                out.add(new Object[] {list, i});
                collect(list.get(i), out);
            }
        }
    }

    /** A hostile value; lists and maps in it may be immutable, so {@link #copy} before changing them. */
    private static Object hostile(Random rng) {
        return switch (rng.nextInt(12)) {
            case 0 -> List.of(true, false, "", " ", List.of(), Map.of(), List.of(Map.of())).get(rng.nextInt(7));
            case 1 -> new Raw(List.of("99999999999999999999999999999", "-9223372036854775809", "1e999", "-1e-999",
                    "1.5", "-0", "0.0", "1E2", "9223372036854775807", "123456789012345678901234567890.5", "1e999999999",
                    "-1e-999999999", "1" + "0".repeat(999)).get(rng.nextInt(13)));
            case 2 -> List.of("+99999-01-01T00:00:00Z", "99999-12-31", "2026-02-30", "1999-12-31", "2026-11-23T09:00:00",
                    "2026-11-23T09:00:00+25:00", "-0001-01-01T00:00:00Z", "2026-11-23T09:00:00.123456789+07:00",
                    Instant.now().plus(Duration.ofDays(3)).toString(), LocalDate.now().plusDays(2).toString(),
                    "1970-01-01T00:00:00Z", "0000-01-01").get(rng.nextInt(12));
            case 3 -> null;
            case 4 -> new Raw(nested(rng));
            case 5 -> switch (rng.nextInt(4)) {
                case 0 -> "x".repeat(1 << 20);
                case 1 -> "ก".repeat(300_000);
                default -> "ก".repeat(1 + rng.nextInt(5_000));
            };
            case 6 -> List.of("00000000-0000-0000-0000-000000000000", UUID.randomUUID().toString(), "ZZZ",
                    Ops.newId().toString().toUpperCase(), Ops.newId().toString()).get(rng.nextInt(5));
            case 7 -> new Raw(List.of("\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\u0000\"", "\"\\u202e\"",
                    "\"😀\"", "\"\\\"\"").get(rng.nextInt(6)));
            case 8 -> rng.nextLong();
            case 9 -> List.of(Long.MAX_VALUE, Long.MIN_VALUE, 0L, -1L, (long) Integer.MAX_VALUE + 1).get(rng.nextInt(5));
            case 10 -> List.of("member.upsert", "deposit.record", "welfare.levy.run", "nope", "").get(rng.nextInt(5));
            default -> {
                List<Object> many = new ArrayList<>();
                for (int i = 0, n = rng.nextInt(3) == 0 ? 6_000 : 3; i < n; i++) {
                    many.add(Map.of("memberId", Ops.newId().toString(), "amount", 1, "materialCode", "PET_CLEAR",
                            "grams", 1, "pricePerKg", 1));
                }
                yield many;
            }
        };
    }

    private static int deep(Random rng) {
        return List.of(50, 999, 1_001, 5_000, 200_000).get(rng.nextInt(5));
    }

    /** Arrays or objects nested very deep. */
    private static String nested(Random rng) {
        int depth = deep(rng);
        return rng.nextBoolean() ? "[".repeat(depth) + "1" + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private static String duplicateKey(Map<?, ?> payload, String key, Object second) {
        String first = write(payload);
        return first.substring(0, first.length() - 1) + "," + write(key) + ":" + write(second) + "}";
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, copy(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(copy(v)));
            return out;
        }
        return value;
    }

    private static String write(Object value) {
        if (value instanceof Raw raw) {
            return raw.json();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(CanonicalJson.write(String.valueOf(k))).append(':').append(write(v));
            });
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (Object v : list) {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(write(v));
            }
            return out.append(']').toString();
        }
        return CanonicalJson.write(value);
    }
}
