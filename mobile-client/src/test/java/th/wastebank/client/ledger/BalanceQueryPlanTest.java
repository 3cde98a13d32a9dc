package th.wastebank.client.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;

/**
 * A deposit save reads the member's balance; after a big pull that must read only the member's
 * rows, never every savings entry of the bank (it cost 35-60 ms per save at 100,000 entries).
 */
class BalanceQueryPlanTest {
    @Test
    void aMembersBalanceIsReadThroughTheMemberIndexNotTheWholeSavingsAccount(@TempDir Path dir) throws Exception {
        try (ClientStore store = ClientStore.open(dir.resolve("phone.db"))) {
            UUID member = UUID.randomUUID();
            store.write(c -> {
                try (Ledger.Writer w = new Ledger.Writer(c)) {
                    for (int i = 0; i < 2_000; i++) {
                        w.insert(new LedgerEntry(UUID.randomUUID(), i % 2 == 0 ? member : UUID.randomUUID(),
                                Account.MEMBER_SAVINGS, EntryKind.DEPOSIT, 100, 1_000, Instant.ofEpochSecond(i), null,
                                null, SyncState.SENT, false), null);
                    }
                }
                return null;
            });

            List<String> plan = store.read(c -> {
                List<String> steps = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN SELECT COALESCE(SUM(amount), 0)"
                        + " FROM entry WHERE member_id = ? AND account = ?")) {
                    ps.setString(1, member.toString());
                    ps.setInt(2, Account.MEMBER_SAVINGS.code());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            steps.add(rs.getString(4));
                        }
                    }
                }
                return steps;
            });

            assertEquals(1, plan.size(), plan.toString());
            assertTrue(plan.get(0).contains("ix_entry_member (member_id=? AND account=?)"), plan.toString());
            long balance = store.read(c -> Ledger.balance(c, member));
            assertEquals(1_000 * 100L, balance);
        }
    }

    @Test
    void theWriteAheadLogIsEmptiedOnceItGrowsLargeAndTheCheckpointIsCounted(@TempDir Path dir) {
        try (ClientStore store = ClientStore.open(dir.resolve("phone.db"))) {
            long before = store.checkpoints();
            for (int page = 0; page < 20; page++) {
                store.write(c -> {
                    try (Ledger.Writer w = new Ledger.Writer(c)) {
                        for (int i = 0; i < 1_000; i++) {
                            w.insert(new LedgerEntry(UUID.randomUUID(), UUID.randomUUID(), Account.MEMBER_SAVINGS,
                                    EntryKind.DEPOSIT, 100, 1_000, Instant.ofEpochSecond(i), null, "x".repeat(100),
                                    SyncState.SENT, false), null);
                        }
                    }
                    return null;
                });
            }

            assertTrue(store.checkpoints() > before, "20,000 entries pass the 4 MiB threshold at least once");
            assertTrue(store.walBytes() < 4L * 1024 * 1024, "the log was emptied: " + store.walBytes());
            long entries = store.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM entry")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(20_000L, entries);
        }
    }
}
