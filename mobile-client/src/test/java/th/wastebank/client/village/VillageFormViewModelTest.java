package th.wastebank.client.village;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.store.SyncState;
import th.wastebank.client.testing.TestClient;
import th.wastebank.sync.Change;
import th.wastebank.village.VillageUpsert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The list of villages on the real store: adding and editing (each an op), bad input refused in Thai beside its field. */
class VillageFormViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;

    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private VillageFormViewModel form(UUID id) {
        VillageFormViewModel vm = new VillageFormViewModel(client.ctx.villages(), id, client.clock, client.screens);
        vm.load();
        return vm;
    }

    private long villageOps() {
        return client.ctx.outbox().pending(50).stream().filter(op -> op.type().equals("village.upsert")).count();
    }

    @Test
    void aVillageIsAddedThenRetiredAndBothAreOpsToSendAndTheListIsByNumber() {
        client.ctx.villages().add(new VillageService.Draft(12, null, false));
        VillageFormViewModel add = form(null);
        add.number().set(" ๔ ");
        add.name().set("  บ้านหนองบัว ");
        add.save();
        Village saved = client.ctx.villages().list().get(0);
        assertEquals("หมู่ที่ 4 บ้านหนองบัว", saved.label());
        assertEquals("บันทึก หมู่ที่ 4 บ้านหนองบัว แล้ว", client.notices.get(0));

        VillageFormViewModel edit = form(saved.id());
        assertEquals("4", edit.number().get());
        assertEquals("บ้านหนองบัว", edit.name().get());
        edit.retired().set(true);
        edit.save();

        Village retired = client.ctx.villages().get(saved.id()).orElseThrow();
        assertTrue(retired.retired());
        assertEquals(2, retired.version());
        assertEquals(List.of("หมู่ที่ 4 บ้านหนองบัว", "หมู่ที่ 12"),
                client.ctx.villages().list().stream().map(Village::label).toList());
        assertEquals(List.of("หมู่ที่ 12"), client.ctx.villages().active().stream().map(Village::label).toList());
        assertEquals(3, villageOps());
    }

    @Test
    void aNumberOutsideOneToNinetyNineNotANumberOrMissingAndANameTooLongAreRefusedBesideTheirFields() {
        VillageFormViewModel add = form(null);
        for (String bad : List.of("0", "100", "สี่", "4.5")) {
            add.number().set(bad);
            add.save();
            assertEquals("เลขหมู่ที่ต้องเป็นเลข 1 ถึง 99", add.numberError().get(), bad);
        }
        add.number().set("  ");
        add.save();
        assertEquals("กรุณากรอกเลขหมู่ที่", add.numberError().get());

        add.number().set("4");
        add.name().set("ก".repeat(81));
        add.save();
        assertNull(add.numberError().get());
        assertEquals("ชื่อหมู่บ้านยาวเกินไป (ไม่เกิน 80 ตัวอักษร)", add.nameError().get());
        assertEquals("ก".repeat(81), add.name().get(), "what was typed stays to be corrected");
        assertTrue(client.ctx.villages().list().isEmpty());
        assertEquals(0, villageOps());

        add.name().set("  ");
        add.save();
        assertNull(add.nameError().get());
        assertEquals("หมู่ที่ 4", client.ctx.villages().list().get(0).label(), "a blank name is allowed");
    }

    @Test
    void aNumberAlreadyInTheListIsWarnedAboutAndStillSaved() {
        client.ctx.villages().add(new VillageService.Draft(4, "บ้านหนองบัว", false));
        VillageFormViewModel add = form(null);

        add.number().set("4");
        assertEquals("มี หมู่ที่ 4 บ้านหนองบัว ในรายการแล้ว ถ้าเป็นหมู่บ้านเดียวกัน ให้แก้ไขรายการเดิมแทน"
                + " (บันทึกได้ และนับเป็นหมู่บ้านเดียวกัน)", add.sameNumber().get());
        add.number().set("5");
        assertNull(add.sameNumber().get());
        add.number().set("4");
        add.name().set("บ้านหนองบัวใต้");
        add.save();

        assertEquals(2, client.ctx.villages().list().size());
        assertFalse(client.ctx.villages().list().get(1).retired());
    }

    @Test
    void villagesAnotherPhoneAddedArriveByPullAndAnEditOfOneStillToSendIsKept() {
        Village mine = client.ctx.villages().add(new VillageService.Draft(4, "บ้านหนองบัว", false));
        UUID theirs = UUID.fromString("01936b2e-1f00-7abc-8def-0123456789ab");
        Instant at = client.clock.instant();

        client.ctx.pullApplier().apply(List.of(
                Change.of(1, theirs, new VillageUpsert(4, "บ้านหนองบัวใต้", false, 1), null, at, at),
                Change.of(2, mine.id(), new VillageUpsert(4, "ชื่อจากเครื่องอื่น", true, 1), null, at, at)), "2");

        assertEquals(List.of("หมู่ที่ 4 บ้านหนองบัว", "หมู่ที่ 4 บ้านหนองบัวใต้"),
                client.ctx.villages().list().stream().map(Village::label).toList(),
                "both villages with one number are listed; the edit still to send is not overwritten");
        assertEquals(SyncState.PENDING, client.ctx.villages().get(mine.id()).orElseThrow().syncState());
    }

    @Test
    void theListScreenOpensTheFormToAddAndToEdit() {
        Village v = client.ctx.villages().add(new VillageService.Draft(7, "บ้านโคก", false));
        VillagesViewModel list = new VillagesViewModel(client.ctx.villages(), client.screens);
        list.load();
        assertEquals(List.of(v), list.villages());

        list.add();
        list.edit(v);

        assertEquals(List.of("editVillage", "editVillage " + v.id()), client.routes.visits());
    }
}
