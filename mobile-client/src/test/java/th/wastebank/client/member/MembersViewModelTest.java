package th.wastebank.client.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.beans.property.SimpleIntegerProperty;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.store.SyncState;
import th.wastebank.client.sync.ServerException;
import th.wastebank.client.testing.FakeServer;
import th.wastebank.client.testing.TestClient;
import th.wastebank.validation.ReasonCode;

class MembersViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private FakeServer server;
    private final SimpleIntegerProperty syncChanges = new SimpleIntegerProperty();
    private MembersViewModel vm;

    @BeforeEach
    void setUp() throws IOException {
        client = new TestClient(tmp);
        server = FakeServer.start();
        client.member("นางสมศรี ใจดี", "12", "หมู่ 4 บ้านหนองบัว");
        client.member("นายสมชาย รักษ์โลก", "45/1", "หมู่ 2 บ้านนายาง");
        client.member("นางบุญมา ศรีสุข", "7", "หมู่ 4 บ้านหนองบัว");
        vm = new MembersViewModel(client.ctx.members(), syncChanges, client.screens);
        vm.refresh();
    }

    @AfterEach
    void tearDown() {
        server.close();
        client.close();
    }

    private List<String> names() {
        return vm.search().results().stream().map(Member::name).toList();
    }

    @Test
    void listsEveryMemberByNameWithTheCount() {
        assertEquals(List.of("นางบุญมา ศรีสุข", "นางสมศรี ใจดี", "นายสมชาย รักษ์โลก"), names());
        assertEquals(3, vm.total().get());
    }

    @Test
    void searchesByNameHouseNumberOrVillage() {
        vm.search().query().set("สมชาย");
        assertEquals(List.of("นายสมชาย รักษ์โลก"), names());
        vm.search().query().set("45/1");
        assertEquals(List.of("นายสมชาย รักษ์โลก"), names());
        vm.search().query().set("หนองบัว");
        assertEquals(List.of("นางบุญมา ศรีสุข", "นางสมศรี ใจดี"), names());
        vm.search().query().set("ไม่มีใคร");
        assertEquals(List.of(), names());
    }

    @Test
    void eachRowCarriesItsSyncStatePendingSentOrRejected() throws ServerException {
        client.pairWith(server);
        server.acceptsPushes(op -> String.valueOf(op.get("payload")).contains("บุญมา") ? ReasonCode.ENTITY_CONFLICT : null);
        client.ctx.sync().syncOnce();
        client.member("นายประยูร ทองดี", "103", "หมู่ 3");
        syncChanges.set(1);

        assertEquals(Map.of("นางบุญมา ศรีสุข", SyncState.REJECTED, "นางสมศรี ใจดี", SyncState.SENT,
                        "นายสมชาย รักษ์โลก", SyncState.SENT, "นายประยูร ทองดี", SyncState.PENDING),
                vm.search().results().stream().collect(Collectors.toMap(Member::name, Member::syncState)));
    }

    @Test
    void tappingARowOpensThePassbookAndEditOpensTheForm() {
        Member somsri = vm.search().results().get(1);
        vm.open(somsri);
        assertEquals("passbook " + somsri.id(), client.routes.last());
        vm.edit(somsri);
        assertEquals("editMember " + somsri.id(), client.routes.last());
        vm.register();
        assertEquals("registerMember", client.routes.last());
    }
}
