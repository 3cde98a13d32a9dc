package th.wastebank.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.cards.CardSheetCheck;
import th.wastebank.client.app.ClientContext;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberCardsViewModel;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.platform.ShareService;
import th.wastebank.client.store.Settings;
import th.wastebank.client.sync.ServerException;
import th.wastebank.client.ui.Async;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.member.MemberNumber;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.FaultyProxy;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A committee's phone records a collection day with the network cut, then syncs through a link
 * that drops responses after the server committed and cuts connections mid-body. Every deposit
 * arrives exactly once, and the phone, the server and a second phone agree on every balance.
 */
class ClientServerSyncTest extends OnRunningServer {
    @Test
    void everyDepositArrivesExactlyOnceThroughABrokenLink(@TempDir Path phoneADir, @TempDir Path phoneBDir)
            throws Exception {
        Api api = server.api();
        String org = TestOrgs.create("อบต.สัญญาณขาดหาย");
        Random random = new Random(20261123);
        try (FaultyProxy link = new FaultyProxy("127.0.0.1", server.port());
             ClientContext phoneA = phone(phoneADir);
             ClientContext phoneB = phone(phoneBDir)) {
            phoneA.pairing().pair(link.url(), api.pairingCode(org), "โทรศัพท์เหรัญญิก");
            phoneB.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์ประธาน");

            // a collection day, recorded with no signal
            LocalDate today = LocalDate.now(Dates.THAI);
            phoneA.prices().set("PET_CLEAR", 800, today, null);
            phoneA.prices().set("ALU_CAN", 4_000, today, null);
            phoneA.prices().set("CARDBOARD", 300, today, null);
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                members.add(phoneA.members().register(new MemberService.Draft("สมาชิก " + i + " บ้านนายางกลัก",
                        String.valueOf(10 + i), "หมู่ 4", null, today.minusMonths(i))));
            }
            List<UUID> deposits = new ArrayList<>();
            for (int i = 0; i < 1_100; i++) {
                Member m = members.get(random.nextInt(members.size()));
                deposits.add(phoneA.deposits().record(m.id(), List.of(
                        new DepositService.LineDraft("PET_CLEAR", 100 + random.nextInt(5_000)),
                        new DepositService.LineDraft("ALU_CAN", 10 + random.nextInt(900)),
                        new DepositService.LineDraft("CARDBOARD", 500 + random.nextInt(20_000)))).entryId());
            }
            for (Member m : members.subList(0, 6)) {
                long balance = phoneA.ledger().balance(m.id());
                phoneA.withdrawals().record(m.id(), balance / 3, "นายสมชาย เหรัญญิก", "นางสมหญิง ประธาน");
            }
            for (UUID mistaken : deposits.subList(0, 5)) {
                phoneA.reversals().reverse(mistaken, "ชั่งผิดถัง");
            }
            int localEntries = deposits.size() + 6 + 5;
            assertEquals(3 + 12 + localEntries, phoneA.outbox().pendingCount());

            // back in signal, but a bad one
            link.randomFaults(7, 0.3, 0.3);
            int attempts = 0;
            while (attempts++ < 300) {
                try {
                    phoneA.sync().syncOnce();
                    if (phoneA.outbox().pendingCount() == 0) {
                        break;
                    }
                } catch (ServerException expected) {
                    // the link broke; the next attempt goes on from what the server confirmed
                }
            }
            link.stopFaults();
            phoneA.sync().syncOnce();
            assertEquals(0, phoneA.outbox().pendingCount(), "everything was eventually answered");
            assertEquals(0, phoneA.outbox().rejectedCount(), "nothing was refused");
            assertTrue(link.faultsApplied() >= 3, "the link really failed " + link.faultsApplied() + " times");

            assertEquals(localEntries, Db.ledgerRows(org), "each entry exactly once on the server");
            assertEquals(3 + 12 + localEntries, Db.opRows(org));

            phoneB.sync().syncOnce();
            Map<UUID, Long> onServer = serverBalances(api, org);
            for (Member m : members) {
                long a = phoneA.ledger().balance(m.id());
                assertEquals(a, onServer.get(m.id()), "server balance of " + m.name());
                assertEquals(a, phoneB.ledger().balance(m.id()), "phone B balance of " + m.name());
            }
            List<LedgerEntry> passbookOnB = phoneB.ledger().entriesOf(members.get(0).id());
            assertEquals(phoneA.ledger().entriesOf(members.get(0).id()).size(), passbookOnB.size());
        }
    }

    private static Map<UUID, Long> serverBalances(Api api, String org) {
        Api.Response r = api.get("/api/v1/admin/orgs/" + org + "/balances", api.adminToken());
        Map<UUID, Long> out = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) (Object) Api.parse("{\"r\":" + r.body() + "}").get("r");
        for (Map<String, Object> row : rows) {
            out.put(UUID.fromString((String) row.get("memberId")), ((Number) row.get("balance")).longValue());
        }
        return out;
    }

    /**
     * Two phones of one bank register members offline on the same collection day (ADR 0014): neither
     * has numbers while offline; after both sync, every member has a number, no number is given twice,
     * both phones and the server agree on each, and the phone's cards scan to them.
     */
    @Test
    void twoPhonesNumberingMembersOfflineGetUniqueNumbersAfterSync(@TempDir Path phoneADir, @TempDir Path phoneBDir)
            throws Exception {
        Api api = server.api();
        String org = TestOrgs.create("อบต.สองเครื่องเลขสมาชิก");
        try (ClientContext phoneA = phone(phoneADir);
             ClientContext phoneB = phone(phoneBDir)) {
            phoneA.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์เหรัญญิก");
            phoneB.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์ประธาน");

            LocalDate today = LocalDate.now(Dates.THAI);
            for (int i = 0; i < 6; i++) {
                phoneA.members().register(new MemberService.Draft("สมาชิกเครื่องเอ " + i, "1" + i, "หมู่ 4", null, today));
                phoneB.members().register(new MemberService.Draft("สมาชิกเครื่องบี " + i, "2" + i, "หมู่ 5", null, today));
            }
            assertNull(phoneA.members().search("", 100).get(0).number(), "offline, no number yet");

            phoneB.sync().syncOnce();
            phoneA.sync().syncOnce();
            phoneB.sync().syncOnce();

            Map<UUID, Long> onA = memberNumbers(phoneA);
            Map<UUID, Long> onB = memberNumbers(phoneB);
            assertEquals(12, onA.size());
            assertEquals(onA, onB, "both phones show the same number for each member");
            assertEquals(12, new TreeSet<>(onA.values()).size(), "no number given twice: " + onA);
            assertEquals(List.of(1L, 12L), List.of(new TreeSet<>(onA.values()).first(), new TreeSet<>(onA.values()).last()));

            Map<UUID, Long> onServer = new HashMap<>();
            ((Map<?, ?>) api.get("/api/v1/members/numbers", phoneA.settings().get(Settings.TOKEN).orElseThrow())
                    .json().get("numbers")).forEach((id, n) -> onServer.put(UUID.fromString((String) id),
                    ((Number) n).longValue()));
            assertEquals(onA, onServer, "the server agrees");

            Path shared = phoneADir.resolve("shared");
            new MemberCardsViewModel(phoneA.members(), phoneA.settings(), ShareService.savingOnly(shared),
                    new ScreenContext(new Messages(), Async.direct(), null, notice -> { })).share();
            CardSheetCheck.Sheet sheet = CardSheetCheck.read(Files.readAllBytes(shared.resolve("member-cards.pdf")));
            assertEquals(onA.values().stream().sorted().map(MemberNumber::format).toList(),
                    sheet.qrTexts().stream().sorted().toList(), "the phone's cards scan to the numbers");
        }
    }

    private static Map<UUID, Long> memberNumbers(ClientContext phone) {
        Map<UUID, Long> out = new HashMap<>();
        for (Member m : phone.members().search("", 100)) {
            out.put(m.id(), m.number());
        }
        return out;
    }
}
