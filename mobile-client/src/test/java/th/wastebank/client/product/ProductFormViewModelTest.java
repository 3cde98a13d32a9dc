package th.wastebank.client.product;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.photo.PhotoState;
import th.wastebank.client.photo.PhotoUploadViewModel;
import th.wastebank.client.photo.PickedPhoto;
import th.wastebank.client.testing.FakeServer;
import th.wastebank.client.testing.TestClient;
import th.wastebank.client.testing.TestPictures;
import th.wastebank.client.ui.Async;
import th.wastebank.product.ProductExample;
import th.wastebank.product.ProductKind;
import th.wastebank.product.ProductStatus;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductFormViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private FakeServer server;
    private PhotoUploadViewModel uploads;
    private final List<PickedPhoto> camera = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        client = new TestClient(tmp);
        server = FakeServer.start();
        client.pairWith(server);
        uploads = new PhotoUploadViewModel(client.ctx.photoUploader(), client.ctx.photos().queue(), Async.direct());
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.close();
    }

    private ProductFormViewModel form(Product editing) {
        ProductFormViewModel vm = new ProductFormViewModel(client.ctx.products(), client.ctx.photos(),
                onPicked -> onPicked.accept(camera.remove(0)), uploads,
                editing == null ? null : editing.id(), client.screens);
        vm.load();
        return vm;
    }

    @Test
    void aProductNeedsANameAndAKindOfWaste() {
        ProductFormViewModel vm = form(null);
        vm.materials().set("ถุงพลาสติก");

        vm.save();

        assertEquals(ReasonCode.PRODUCT_NAME_REQUIRED.messageTh(null), vm.nameError().get());
        assertEquals(ReasonCode.PRODUCT_KIND_INVALID.messageTh(null), vm.kindError().get());
        assertEquals(List.of(), client.ctx.products().list());
    }

    @Test
    void choosingAKindListsTheLettersExamplesThenOther() {
        ProductFormViewModel vm = form(null);
        assertEquals(List.of(), vm.examples());

        vm.kind().set(ProductKind.WET_ORGANIC);
        assertEquals(List.of("ถ่านจากกิ่งไม้ ตะเกียบ เปลือกไม้",
                "กระเป๋า หมวก กระปุกออมสิน ดอกไม้จากเชือกกล้วย ใบมะพร้าว ใบลาน กก ผักตบชวา",
                "ปุ๋ยหมัก น้ำหมักชีวภาพ", "น้ำยาล้างจาน น้ำยาอเนกประสงค์จากเปลือกผลไม้", "จาน ชามจากพืชในท้องถิ่น", "อื่น ๆ"),
                vm.examples().stream().map(vm::label).toList());
        assertNull(vm.example().get(), "nothing picked yet");

        vm.kind().set(ProductKind.DRY_NON_RECYCLABLE);
        assertEquals(15, vm.examples().size());
        assertEquals("เบาะรองกันแผลกดทับจากหลอดกาแฟ", vm.label(vm.examples().get(1)));
        assertEquals("อื่น ๆ", vm.label(vm.examples().get(14)));

        client.messages.setLanguage("en");
        assertEquals("Other", vm.label(vm.examples().get(14)));
    }

    @Test
    void pickingAnExampleNamesTheProductInTheLettersWordsAndOtherLeavesANameToType() {
        ProductFormViewModel vm = form(null);
        vm.kind().set(ProductKind.DRY_NON_RECYCLABLE);

        vm.example().set(new ProductFormViewModel.ExampleChoice(ProductExample.STRAW_CUSHION));
        assertEquals("เบาะรองกันแผลกดทับจากหลอดกาแฟ", vm.name().get());
        vm.example().set(new ProductFormViewModel.ExampleChoice(ProductExample.BOTTLE_BROOM));
        assertEquals("ไม้กวาดจากขวดพลาสติก", vm.name().get(), "another example replaces the example's words");

        vm.example().set(ProductFormViewModel.ExampleChoice.OTHER);
        assertEquals("", vm.name().get());
        vm.name().set("ตุ๊กตาจากเศษผ้า");
        vm.example().set(new ProductFormViewModel.ExampleChoice(ProductExample.DOORMAT));
        assertEquals("ตุ๊กตาจากเศษผ้า", vm.name().get(), "a name typed is never overwritten");
        vm.example().set(new ProductFormViewModel.ExampleChoice(ProductExample.STRAW_CUSHION));
        vm.name().set("เบาะรองกันแผลกดทับจากหลอดกาแฟ");
        vm.save();

        Product saved = client.ctx.products().list().get(0);
        assertEquals("เบาะรองกันแผลกดทับจากหลอดกาแฟ", saved.name());
        assertEquals(ProductExample.STRAW_CUSHION, form(saved).example().get().example(),
                "editing it picks the example again");
    }

    @Test
    void editingAProductOfItsOwnNameShowsOther() {
        Product own = client.ctx.products().register(new ProductService.Draft("ตุ๊กตาจากเศษผ้า", "DRY_NON_RECYCLABLE",
                null, null, null, null, "IDEA", List.of()));
        ProductFormViewModel vm = form(own);

        assertEquals(ProductFormViewModel.ExampleChoice.OTHER, vm.example().get());
        assertEquals("ตุ๊กตาจากเศษผ้า", vm.name().get());
    }

    @Test
    void aPhotoIsQueuedTheMomentItIsTakenAndSavedWithTheProduct() throws Exception {
        camera.add(TestPictures.picked(3000, 2000, 1));
        camera.add(TestPictures.picked(2000, 3000, 2));
        ProductFormViewModel vm = form(null);
        vm.name().set("ตะกร้าสานจากถุงพลาสติก");
        vm.kind().set(ProductKind.DRY_NON_RECYCLABLE);
        vm.priceText().set("250,50");
        vm.status().set(ProductStatus.SELLING);

        vm.photoList().add();
        vm.photoList().add();

        assertEquals(2, vm.photoList().tiles().size());
        assertEquals(PhotoState.QUEUED, vm.photoList().tiles().get(0).state());
        assertEquals(2, client.ctx.photos().queue().toUpload().size(), "safe on the phone before the product is saved");
        vm.save();
        Product saved = client.ctx.products().list().get(0);
        assertEquals(25_050L, saved.priceSatang());
        assertEquals(List.of(vm.photoList().tiles().get(0).sha256(), vm.photoList().tiles().get(1).sha256()), saved.photos());
        assertEquals("back", client.routes.last());
    }

    @Test
    void eachPhotoTileFollowsItsUpload() throws Exception {
        camera.add(TestPictures.picked(1600, 1200, 3));
        ProductFormViewModel vm = form(null);
        vm.photoList().add();
        assertEquals(0.0, vm.photoList().tiles().get(0).progress());

        client.ctx.photoUploader().uploadOnce();

        assertEquals(PhotoState.UPLOADED, vm.photoList().tiles().get(0).state());
        assertEquals(1.0, vm.photoList().tiles().get(0).progress());
    }

    @Test
    void somethingThatIsNotAPictureIsRefusedInThai() {
        camera.add(() -> {
            throw new PickedPhoto.NotAPictureException("notes.txt");
        });
        ProductFormViewModel vm = form(null);

        vm.photoList().add();

        assertEquals("อ่านรูปนี้ไม่ได้ กรุณาเลือกไฟล์รูปภาพ JPEG หรือ PNG", vm.photoList().error().get());
        assertEquals(0, vm.photoList().tiles().size());
    }

    @Test
    void editingLoadsTheProductAndSavesTheNextVersion() {
        Product p = client.ctx.products().register(new ProductService.Draft("ไม้กวาดขวดพลาสติก", "DRY_NON_RECYCLABLE",
                "ขวด PET", null, "กลุ่มผู้สูงอายุ", 12_000L, "MAKING", List.of("c".repeat(64))));
        ProductFormViewModel vm = form(p);
        assertEquals("ไม้กวาดขวดพลาสติก", vm.name().get());
        assertEquals("120.00", vm.priceText().get());
        assertEquals(1, vm.photoList().tiles().size());
        assertNull(vm.photoList().tiles().get(0).file(), "another phone's photo: on the server, not here");

        vm.status().set(ProductStatus.SELLING);
        vm.save();

        Product edited = client.ctx.products().get(p.id()).orElseThrow();
        assertEquals(2, edited.version());
        assertEquals(ProductStatus.SELLING, edited.status());
        assertEquals(List.of("c".repeat(64)), edited.photos());
    }

    @Test
    void aPriceThatIsNotANumberIsRefusedBeforeSaving() {
        ProductFormViewModel vm = form(null);
        vm.name().set("ถ่านจากกิ่งไม้");
        vm.kind().set(ProductKind.WET_ORGANIC);
        vm.priceText().set("ห้าสิบ");

        vm.save();

        assertEquals("กรุณากรอกราคาเป็นตัวเลข เช่น 250 หรือ 99.50", vm.priceError().get());
        assertEquals(List.of(), client.ctx.products().list());
    }
}
