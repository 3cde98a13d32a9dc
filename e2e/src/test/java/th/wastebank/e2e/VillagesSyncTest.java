package th.wastebank.e2e;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.village.Village;
import th.wastebank.client.village.VillageService;
import th.wastebank.member.MemberStatus;
import th.wastebank.member.Membership;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Villages end to end: two phones each add หมู่ที่ 4 with no signal (under two names) and register a
 * member there, one picked from the list, one typed before the list as "ม.4". After both sync, both
 * phones and the server hold the same two villages, the server flagged the number given twice once,
 * and the two members live in one village.
 */
class VillagesSyncTest extends OnRunningServer {
    private static List<String> labels(ClientContext phone) {
        return phone.villages().list().stream().map(Village::label).toList();
    }

    @Test
    void twoPhonesAddingOneVillageOfflineAgreeAfterSyncAndItIsFlaggedAndCountedOnce(
            @TempDir Path phoneADir, @TempDir Path phoneBDir) throws Exception {
        Api api = server.api();
        String org = TestOrgs.create("อบต.หมู่สี่สองเครื่อง");
        try (ClientContext phoneA = phone(phoneADir);
             ClientContext phoneB = phone(phoneBDir)) {
            phoneA.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์ ก");
            phoneB.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์ ข");
            LocalDate joined = LocalDate.now(Dates.THAI).minusYears(1);
            Village a = phoneA.villages().add(new VillageService.Draft(4, "บ้านหนองบัว", false));
            phoneA.members().register(new MemberService.Draft("นางสมศรี ใจดี", "12", a.label(), null, joined,
                    a.number(), MemberStatus.ACTIVE, null, null));
            phoneB.villages().add(new VillageService.Draft(4, "บ้านหนองบัวใต้", false));
            phoneB.members().register(new MemberService.Draft("นายบุญมี มีสุข", "3", "ม.4", null, joined));

            phoneA.sync().syncOnce();
            phoneB.sync().syncOnce();
            phoneA.sync().syncOnce();

            List<String> both = List.of("หมู่ที่ 4 บ้านหนองบัว", "หมู่ที่ 4 บ้านหนองบัวใต้");
            assertEquals(both, labels(phoneA));
            assertEquals(both, labels(phoneB));
            assertEquals(0, phoneA.outbox().rejectedCount() + phoneB.outbox().rejectedCount(), "nothing refused");
            assertEquals(2, Db.count("SELECT COUNT(*) FROM village v JOIN org o ON o.id = v.org_id WHERE o.code = ?", org));
            assertEquals(1, Db.count("SELECT COUNT(*) FROM review_flag f JOIN org o ON o.id = f.org_id"
                    + " WHERE o.code = ? AND f.kind = 'VILLAGE_NUMBER_TWICE'", org));
            assertEquals("4", Db.string("SELECT m.village_no FROM member m JOIN org o ON o.id = m.org_id"
                    + " WHERE o.code = ? AND m.name = 'นางสมศรี ใจดี'", org));
            assertEquals(List.of("หมู่ 4", "หมู่ 4"), phoneB.members().search("", 10).stream()
                    .map(m -> Membership.villageKey(m.villageNo(), m.village())).toList(),
                    "both members live in one village, as the phone that pulled the other's counts them");
        }
    }
}
