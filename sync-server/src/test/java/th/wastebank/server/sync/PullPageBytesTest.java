package th.wastebank.server.sync;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import th.wastebank.json.CanonicalJson;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pull page is cut by bytes as well as rows: levy runs of thousands of lines fill a page long
 * before its row limit, one larger than the budget comes alone, and paging from cursor 0 with
 * {@code hasMore} and {@code nextCursor} reaches every change once, with no gap.
 */
@MicronautTest(transactional = false)
class PullPageBytesTest extends ServerTestBase {
    private static final int PAGE_BYTES = 256 * 1024;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("wb.pull-page-bytes", Integer.toString(PAGE_BYTES));
        return p;
    }

    @Test
    @SuppressWarnings("unchecked")
    void largeLevyRunsArePulledWithinTheByteBudgetPageAfterPageWithNoGap() {
        Api.Device phone = api().pair(TestOrgs.create("อบต.หักสมทบมาก"));
        Ops ops = new Ops();
        List<UUID> members = new ArrayList<>();
        int applied = 0;
        for (int push = 0; push < 10; push++) {
            List<SyncOp> batch = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                UUID m = Ops.newId();
                members.add(m);
                batch.add(ops.member(m, "สมาชิก " + push + "-" + i));
            }
            applied += applyAll(phone, batch);
        }
        UUID scheme = Ops.newId();
        applied += applyAll(phone, List.of(ops.funeralScheme(scheme, 100_000, 2_000, 0), ops.deposit(members.get(0), 500)));
        List<SyncOp> levies = new ArrayList<>();
        for (int run = 0; run < 10; run++) {
            levies.add(ops.levy(Ops.newId(), scheme, "death-" + run, members.subList(run * 300, run * 300 + 1500), 2_000));
        }
        applied += applyAll(phone, levies.subList(0, 5));
        applied += applyAll(phone, levies.subList(5, 10));
        SyncOp everyone = ops.levy(Ops.newId(), scheme, "death-all", members, 2_000);
        assertTrue(CanonicalJson.write(everyone.payload()).length() > PAGE_BYTES, "one change above the budget");
        applied += applyAll(phone, List.of(everyone, ops.levy(Ops.newId(), scheme, "death-few", members.subList(0, 3), 2_000)));

        List<Long> cursors = new ArrayList<>();
        String cursor = "0";
        int pages = 0;
        boolean aloneSeen = false;
        while (true) {
            Api.Response r = api().pull(phone, cursor, 5000);
            assertEquals(200, r.status(), r.body());
            Map<String, Object> page = r.json();
            List<Map<String, Object>> changes = (List<Map<String, Object>>) page.get("changes");
            long bytes = 0;
            for (Map<String, Object> change : changes) {
                cursors.add(((Number) change.get("cursor")).longValue());
                bytes += CanonicalJson.write(change.get("payload")).getBytes(StandardCharsets.UTF_8).length
                        + PullService.CHANGE_OVERHEAD_BYTES;
            }
            assertTrue(bytes <= PAGE_BYTES || changes.size() == 1, "page " + pages + ": " + bytes + " bytes in "
                    + changes.size() + " changes");
            aloneSeen |= bytes > PAGE_BYTES;
            pages++;
            boolean hasMore = (Boolean) page.get("hasMore");
            if (!changes.isEmpty()) {
                assertEquals(cursors.get(cursors.size() - 1).toString(), page.get("nextCursor"));
            }
            cursor = (String) page.get("nextCursor");
            if (!hasMore) {
                break;
            }
            assertFalse(changes.isEmpty(), "a page that says there is more is never empty");
        }

        assertTrue(aloneSeen, "the levy over everyone came alone");
        assertTrue(pages > 5, "the 5,000-row limit alone would have taken 2 pages, not " + pages);
        List<Long> expected = new ArrayList<>();
        for (long seq = 1; seq <= applied; seq++) {
            expected.add(seq);
        }
        assertEquals(expected, cursors, "every change once, in order, no gap");
        System.out.println("[pull bytes] " + applied + " changes in " + pages + " pages of at most " + PAGE_BYTES
                + " bytes");
    }

    private int applyAll(Api.Device phone, List<SyncOp> batch) {
        List<String> statuses = api().pushStatuses(phone, batch);
        assertEquals(List.of("APPLIED"), statuses.stream().distinct().toList());
        return statuses.size();
    }
}
