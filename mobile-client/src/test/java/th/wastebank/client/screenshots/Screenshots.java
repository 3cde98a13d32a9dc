package th.wastebank.client.screenshots;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import th.wastebank.client.app.AppUi;
import th.wastebank.client.app.ClientContext;
import th.wastebank.client.committee.CommitteeService;
import th.wastebank.client.member.MemberFormView;
import th.wastebank.client.member.MemberFormViewModel;
import th.wastebank.client.member.VillagePickViewModel;
import th.wastebank.client.village.VillageService;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.deposit.DepositView;
import th.wastebank.client.deposit.DepositViewModel;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.pairing.PairView;
import th.wastebank.client.photo.PhotoSource;
import th.wastebank.client.photo.QueuedPhoto;
import th.wastebank.client.platform.ShareService;
import th.wastebank.client.price.PriceRow;
import th.wastebank.client.product.Product;
import th.wastebank.client.product.ProductFormView;
import th.wastebank.client.product.ProductFormViewModel;
import th.wastebank.client.product.ProductService;
import th.wastebank.client.progress.MilestoneService;
import th.wastebank.client.progress.StepFormView;
import th.wastebank.client.progress.StepFormViewModel;
import th.wastebank.client.sync.ServerException;
import th.wastebank.client.receipt.ReceiptView;
import th.wastebank.client.sale.SaleService;
import th.wastebank.client.testing.FakeServer;
import th.wastebank.client.testing.MutableClock;
import th.wastebank.client.testing.TestPictures;
import th.wastebank.client.ui.Async;
import th.wastebank.client.ui.Fonts;
import th.wastebank.client.welfare.Claim;
import th.wastebank.client.welfare.ClaimFormView;
import th.wastebank.client.welfare.ClaimFormViewModel;
import th.wastebank.client.welfare.ClaimService;
import th.wastebank.client.welfare.LevyView;
import th.wastebank.client.welfare.LevyViewModel;
import th.wastebank.client.welfare.Scheme;
import th.wastebank.client.welfare.SchemeService;
import th.wastebank.client.withdrawal.WithdrawalView;
import th.wastebank.member.MemberStatus;
import th.wastebank.product.ProductKind;
import th.wastebank.sale.SaleLine;
import th.wastebank.product.ProductStatus;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;

/**
 * Draws each main screen of the real app at 360 × 640 into PNGs for the README, under Monocle
 * headless (run it through {@code scripts/screenshots.sh}). The data is example data entered
 * through the real services and view models into a throw-away directory: every name says
 * "(ตัวอย่าง)". The server is the in-process stand-in used by the UI test; it accepts every push
 * except one deposit, which it refuses, so the problems screen has something to show.
 * Arguments: the output folder (default {@code docs/screenshots}) and the language ({@code th},
 * the default, or {@code en}).
 */
public final class Screenshots {
    private static final double WIDTH = 360;
    private static final double HEIGHT = 640;

    private final Path out;
    private final MutableClock clock = MutableClock.collectionDay();
    private ClientContext ctx;
    private AppUi ui;
    private Scene scene;

    private final String language;

    private Screenshots(Path out, String language) {
        this.out = out;
        this.language = language;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        String language = args.length > 1 ? args[1] : "th";
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("wastebank-screenshots");
        try (FakeServer server = FakeServer.start()) {
            server.pairsWith("360903", "อบต.นายางกลัก (ตัวอย่าง)", "เทพสถิต", "ชัยภูมิ");
            Platform.startup(() -> { });
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    new Screenshots(out, language).run(data, server);
                    done.complete(null);
                } catch (Throwable t) {
                    done.completeExceptionally(t);
                }
            });
            done.get(5, TimeUnit.MINUTES);
        } finally {
            Platform.exit();
            deleteTree(data);
        }
        System.out.println("screenshots written to " + out);
    }

    private void run(Path data, FakeServer server) throws Exception {
        Fonts.load();
        ctx = new ClientContext(data, clock, Duration.ofMinutes(5));
        ui = new AppUi(ctx, Async.direct(), ShareService.savingOnly(data.resolve("receipts")), examplePhotos());
        ui.messages().setLanguage(language);
        Stage stage = new Stage();
        scene = ui.scene(WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.show();
        ui.start();

        PairView pair = (PairView) ui.navigator().current();
        pair.viewModel().serverUrl().set("https://wastebank.example.go.th");
        pair.viewModel().code().set("BYGN-QYRZ");
        pair.viewModel().deviceName().set("โทรศัพท์กรรมการ 1 (ตัวอย่าง)");
        shoot("01-pair");

        pair.viewModel().serverUrl().set(server.url());
        pair.viewModel().pair();

        Map<String, Member> members = fill(server);
        ui.home();
        shoot("02-home");

        ui.members();
        shoot("03-members");

        Member somsri = members.get("somsri");
        ui.deposit(somsri.id());
        DepositViewModel deposit = ((DepositView) ui.navigator().current()).viewModel();
        addLine(deposit, "PET_CLEAR", "2.5");
        addLine(deposit, "CARDBOARD", "4,2");
        addLine(deposit, "ALU_CAN", "0.85");
        shoot("04-deposit");

        clock.advance(Duration.ofMinutes(3));
        deposit.save();
        ReceiptView receipt = (ReceiptView) ui.navigator().current();
        shoot("05-receipt");

        receipt.viewModel().openPassbook();
        shoot("06-passbook");

        ui.withdrawal(somsri.id());
        WithdrawalView withdrawal = (WithdrawalView) ui.navigator().current();
        withdrawal.viewModel().amountText().set("50");
        withdrawal.viewModel().paidBy().set("นางสาวมาลี กรรมการ (ตัวอย่าง)");
        withdrawal.viewModel().confirmedBy().set("นายสมบัติ กรรมการ (ตัวอย่าง)");
        shoot("07-withdrawal");
        withdrawal.viewModel().save();
        shoot("33-withdrawal-slip");

        ui.prices();
        shoot("08-prices");

        ui.problems();
        shoot("09-problems");

        ui.settings();
        shoot("10-settings");

        ui.registerMember();
        shoot("11-member-form");

        ui.editPrice("PET_CLEAR");
        shoot("12-price-edit");

        LedgerEntry last = ctx.ledger().entriesOf(members.get("somchai").id()).get(0);
        ui.reversal(last.id());
        shoot("13-reversal");

        productsAndSteps(server);
        welfare(members);
        salesCommitteeAndYear();
        villages(members);
        memberLeaves(members);
    }

    /** Issue 14: a member who died, on her form (the status with its day and note) and in her passbook. */
    private void memberLeaves(Map<String, Member> members) throws Exception {
        Member boonma = members.get("boonma");
        ui.editMember(boonma.id());
        MemberFormViewModel form = ((MemberFormView) ui.navigator().current()).viewModel();
        form.status().set(MemberStatus.DECEASED);
        form.statusOn().set(LocalDate.now(clock.withZone(Dates.THAI)).minusDays(2));
        form.statusNote().set("ทายาทคือนายบุญส่ง ศรีสุข (ตัวอย่าง)");
        scrollToEnd();
        shoot("31-member-left");
        form.save();
        ui.passbook(boonma.id());
        shoot("32-passbook-left");
    }

    /** Issue 14: the อปท.'s villages, and the member form's village picked from them. */
    private void villages(Map<String, Member> members) throws Exception {
        ctx.villages().add(new VillageService.Draft(1, "บ้านนายางกลัก (ตัวอย่าง)", false));
        ctx.villages().add(new VillageService.Draft(2, "บ้านโนนสะอาด (ตัวอย่าง)", false));
        ctx.villages().add(new VillageService.Draft(3, null, true));
        ctx.villages().add(new VillageService.Draft(4, "บ้านหนองบัว (ตัวอย่าง)", false));
        ui.villages();
        shoot("29-villages");
        ui.editMember(members.get("somsri").id());
        VillagePickViewModel pick = ((MemberFormView) ui.navigator().current()).viewModel().villagePick();
        pick.picked().set(pick.choices().stream().filter(c -> Integer.valueOf(4).equals(c.villageNo())).findFirst()
                .orElseThrow());
        shoot("30-member-village");
    }

    /**
     * Issue 14: a sale to a shop and a loss to drying on the stock board, the sale form, the month's
     * margin, the committee roster (added after the welfare screens, whose approvals are typed names),
     * and the bank's year with its monthly statement.
     */
    private void salesCommitteeAndYear() throws Exception {
        clock.advance(Duration.ofMinutes(5));
        SaleService.Buyer shop = ctx.sales().addBuyer("ร้านวงษ์พาณิชย์ รับซื้อของเก่า (ตัวอย่าง)", "SHOP", "044-123456", null);
        ctx.sales().record(shop.id(), List.of(SaleLine.priced("CARDBOARD", 3_000, 450), SaleLine.priced("ALU_CAN", 500, 4_800)),
                "นางสาวมาลี กรรมการ (ตัวอย่าง)", null);
        ctx.sales().adjust("CARDBOARD", -200, "DRYING", null, "ตากไม่แห้ง (ตัวอย่าง)");
        ui.sales();
        shoot("24-stock");
        ui.recordSale();
        shoot("25-sale");
        ui.saleMargin();
        shoot("26-margin");

        LocalDate today = LocalDate.now(clock.withZone(Dates.THAI));
        ctx.committee().add(new CommitteeService.Draft("นายสมบัติ กรรมการ (ตัวอย่าง)", "CHAIR", today.minusYears(1), null));
        ctx.committee().add(new CommitteeService.Draft("นางสาวมาลี กรรมการ (ตัวอย่าง)", "TREASURER", today.minusYears(1),
                null));
        ui.committee();
        shoot("27-committee");
        ui.statement();
        shoot("28-statement");
    }

    /**
     * Welfare: a funeral scheme (20 baht from every member per death) and a hospital scheme, money
     * into the fund, a funeral levy seen in its preview before it is confirmed, a claim whose
     * member has deposited too little (the verdict in Thai), and a passbook with a levy and welfare
     * received from the fund.
     */
    private void welfare(Map<String, Member> members) throws Exception {
        Scheme funeral = ctx.schemes().create(new SchemeService.Draft("ฌาปนกิจสงเคราะห์ (ตัวอย่าง)", "FUNERAL", "FIXED",
                300_000, null, 3, 0, 0, "LEVY_PER_EVENT", 2_000L, null, "ACTIVE"));
        Scheme hospital = ctx.schemes().create(new SchemeService.Draft("นอนโรงพยาบาล (ตัวอย่าง)", "ILLNESS", "PER_DAY",
                20_000, 10L, 6, 10_000, 3, "SALE_MARGIN", null, null, "ACTIVE"));
        clock.advance(Duration.ofMinutes(5));
        ctx.fund().contribute(500_000, "SALE_MARGIN", "กำไรขายขยะเดือนตุลาคม (ตัวอย่าง)");
        LocalDate today = LocalDate.now(clock.withZone(Dates.THAI));
        Claim death = ctx.claims().file(new ClaimService.Draft(funeral.id(), members.get("boonma").id(),
                today.minusDays(2), null, "เสียชีวิตที่บ้าน (ตัวอย่าง)", List.of()));

        clock.advance(Duration.ofMinutes(5));
        ui.levy(death.id());
        LevyViewModel levy = ((LevyView) ui.navigator().current()).viewModel();
        levy.makePreview();
        levy.approver().set("นางสาวมาลี กรรมการ (ตัวอย่าง)");
        levy.secondApprover().set("นายสมบัติ กรรมการ (ตัวอย่าง)");
        scrollTo(0.45);
        shoot("21-levy-preview");
        levy.confirm();

        clock.advance(Duration.ofMinutes(5));
        ctx.fund().pay(death.id(), 300_000, "นางสาวมาลี กรรมการ (ตัวอย่าง)", "นายสมบัติ กรรมการ (ตัวอย่าง)");
        Claim stay = ctx.claims().file(new ClaimService.Draft(hospital.id(), members.get("somsri").id(),
                today.minusDays(6), 4L, "โรงพยาบาลเทพสถิต 4 คืน (ตัวอย่าง)", List.of()));
        clock.advance(Duration.ofMinutes(5));
        ctx.fund().pay(stay.id(), 80_000, "นางสาวมาลี กรรมการ (ตัวอย่าง)", "นายสมบัติ กรรมการ (ตัวอย่าง)");

        ui.welfare();
        shoot("20-welfare-home");

        ui.fileClaim();
        ClaimFormViewModel claim = ((ClaimFormView) ui.navigator().current()).viewModel();
        claim.search().query().set("ประยูร");
        claim.chooseMember(claim.search().results().get(0));
        claim.scheme().set(claim.schemes().stream().filter(x -> x.id().equals(hospital.id())).findFirst().orElseThrow());
        claim.eventDate().set(today.minusDays(1));
        claim.daysText().set("3");
        claim.note().set("ไข้เลือดออก (ตัวอย่าง)");
        scrollTo(0.3);
        shoot("22-claim-verdict");

        ui.passbook(members.get("somsri").id());
        shoot("23-passbook-welfare");
    }

    /** Scrolls the current screen to a fraction of its height. */
    private void scrollTo(double fraction) {
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        if (ui.navigator().current().node() instanceof ScrollPane scroll) {
            scroll.setVvalue(scroll.getVmin() + fraction * (scroll.getVmax() - scroll.getVmin()));
        }
    }

    /** "1 อปท. 1 ผลิตภัณฑ์": products with photos (one sent, one on its way), the five steps, the forms. */
    private void productsAndSteps(FakeServer server) throws Exception {
        ui.registerProduct();
        ProductFormView form = (ProductFormView) ui.navigator().current();
        ProductFormViewModel product = form.viewModel();
        product.name().set("ตะกร้าสานจากถุงพลาสติก (ตัวอย่าง)");
        product.kind().set(ProductKind.DRY_NON_RECYCLABLE);
        product.materials().set("ถุงพลาสติก เส้นขวดพลาสติก");
        product.story().set("ลายผ้าทอของตำบลนายางกลัก สานโดยกลุ่มสตรี");
        product.producerGroup().set("กลุ่มสตรีบ้านหนองบัว (ตัวอย่าง)");
        product.priceText().set("250");
        product.status().set(ProductStatus.SELLING);
        product.photoList().add();
        product.photoList().add();
        product.photoList().add();
        shoot("14-product-form");
        product.save();

        ctx.products().register(new ProductService.Draft("ปุ๋ยหมักจากใบไม้ (ตัวอย่าง)", "WET_ORGANIC", "ใบไม้ เศษผัก",
                "ใบมะขามจากป่าชุมชน", "กลุ่มผู้สูงอายุ (ตัวอย่าง)", 5_000L, "MAKING", List.of()));
        Product basket = ctx.products().list().stream().filter(p -> p.name().startsWith("ตะกร้า")).findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(Dates.THAI));
        ctx.milestones().record(new MilestoneService.Draft(MilestoneStep.MEETING, today.minusDays(60), null,
                "ตะกร้าสานจากถุงพลาสติกโดยกลุ่มสตรี", null, null, null, null, null, null, List.of()));
        ctx.milestones().record(new MilestoneService.Draft(MilestoneStep.TRAINING, today.minusDays(45), null, null, 35L,
                MilestoneRecord.STUDY_VISIT, null, null, null, null, List.of()));
        ctx.milestones().record(new MilestoneService.Draft(MilestoneStep.PRODUCT, today.minusDays(20), null, null, null,
                null, basket.id(), null, null, null, basket.photos()));
        ctx.sync().syncOnce();
        ctx.photoUploader().uploadOnce();
        QueuedPhoto evening = ctx.photos().add(() -> TestPictures.grainy(TestPictures.woven(1600, 1200, 9), 9));
        server.tus().breakLinkAfter(evening.size() * 6 / 10);
        try {
            ctx.photoUploader().uploadOnce();
        } catch (ServerException cut) {
            // the example's link breaks halfway: the home card and the form show a photo on its way
        }
        ctx.products().edit(basket.id(), new ProductService.Draft(basket.name(), "DRY_NON_RECYCLABLE",
                basket.materials(), basket.story(), basket.producerGroup(), basket.priceSatang(), "SELLING",
                java.util.stream.Stream.concat(basket.photos().stream(), java.util.stream.Stream.of(evening.sha256()))
                        .toList()));
        ctx.photoUploader().nudge();
        ctx.sync().nudge();

        ui.products();
        shoot("15-products");

        ui.editProduct(basket.id());
        scrollToEnd();
        shoot("16-product-photos");

        ui.steps();
        shoot("17-steps");

        ui.recordStep(MilestoneStep.VIDEO);
        StepFormViewModel video = ((StepFormView) ui.navigator().current()).viewModel();
        video.videoUrl().set("youtube.com/shorts/dQw4w9WgXcQ?si=share");
        video.minutesText().set("6");
        video.secondsText().set("10");
        video.videoFileName().set("VID_20261120.mp4");
        shoot("18-step-video");

        ui.home();
        scrollToEnd();
        shoot("19-home-photos");
    }

    /** Scrolls the current screen to its end (its photos, the home screen's sync card). */
    private void scrollToEnd() {
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        if (ui.navigator().current().node() instanceof ScrollPane scroll) {
            scroll.setVvalue(scroll.getVmax());
        }
    }

    /** The camera of the example: woven baskets, a new picture each time. */
    private PhotoSource examplePhotos() {
        int[] seed = {1};
        return onPicked -> {
            int s = seed[0]++;
            onPicked.accept(() -> TestPictures.woven(s % 2 == 0 ? 2400 : 1800, s % 2 == 0 ? 1800 : 2400, s));
        };
    }

    /** Example members, prices and a morning's deposits, a sync that the stand-in server answers, and more after it. */
    private Map<String, Member> fill(FakeServer server) throws Exception {
        LocalDate day = LocalDate.of(2026, 11, 1);
        long[][] prices = {{0, 800}, {1, 300}, {2, 1000}, {4, 200}, {5, 600}, {7, 300}, {8, 500}, {9, 100},
                {10, 4000}, {11, 800}, {12, 25000}, {15, 1500}};
        List<String> codes = List.of("PET_CLEAR", "PET_COLOR", "HDPE", "PP", "PLASTIC_FILM", "PAPER_WHITE",
                "PAPER_MIXED", "CARDBOARD", "NEWSPAPER", "GLASS_BOTTLE", "ALU_CAN", "STEEL", "COPPER", "BRASS",
                "E_WASTE", "USED_OIL");
        for (long[] p : prices) {
            ctx.prices().set(codes.get((int) p[0]), p[1], day, null);
        }
        ctx.prices().set("OWN_OIL_BOTTLE", 200, day, "ขวดน้ำมันเครื่อง (ตัวอย่าง)");

        Member somsri = register("นางสมศรี ใจดี (ตัวอย่าง)", "12", "หมู่ 4 บ้านหนองบัว");
        Member somchai = register("นายสมชาย รักษ์โลก (ตัวอย่าง)", "45/1", "หมู่ 2 บ้านนายาง");
        Member boonma = register("นางบุญมา ศรีสุข (ตัวอย่าง)", "7", "หมู่ 4 บ้านหนองบัว");
        Member mali = register("ด.ญ.มะลิ ขยันเก็บ (ตัวอย่าง)", "88", "หมู่ 1 บ้านกลาง");
        register("นายประยูร ทองดี (ตัวอย่าง)", "103", "หมู่ 3 บ้านโนนสูง");

        clock.advance(Duration.ofMinutes(10));
        ctx.deposits().record(somsri.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 3_200),
                new DepositService.LineDraft("NEWSPAPER", 5_000)));
        clock.advance(Duration.ofMinutes(7));
        UUID refused = ctx.deposits().record(mali.id(), List.of(new DepositService.LineDraft("OWN_OIL_BOTTLE", 1_500)))
                .entryId();
        clock.advance(Duration.ofMinutes(5));
        ctx.deposits().record(somchai.id(), List.of(new DepositService.LineDraft("ALU_CAN", 1_250),
                new DepositService.LineDraft("STEEL", 6_400)));

        server.acceptsPushes(op -> refused.toString().equals(op.get("entityId")) ? ReasonCode.UNKNOWN_MATERIAL : null);
        ctx.sync().syncOnce();

        clock.advance(Duration.ofMinutes(12));
        ctx.deposits().record(boonma.id(), List.of(new DepositService.LineDraft("CARDBOARD", 8_700),
                new DepositService.LineDraft("GLASS_BOTTLE", 12_000)));
        clock.advance(Duration.ofMinutes(4));
        ctx.deposits().record(somchai.id(), List.of(new DepositService.LineDraft("PET_COLOR", 2_100)));
        ctx.withdrawals().record(somchai.id(), 3000, "นางสาวมาลี กรรมการ (ตัวอย่าง)", "นายสมบัติ กรรมการ (ตัวอย่าง)");
        ctx.sync().nudge();
        return Map.of("somsri", somsri, "somchai", somchai, "boonma", boonma, "mali", mali);
    }

    private Member register(String name, String houseNo, String village) {
        clock.advance(Duration.ofMinutes(1));
        return ctx.members().register(new MemberService.Draft(name, houseNo, village, null, LocalDate.of(2025, 6, 5)));
    }

    private static void addLine(DepositViewModel deposit, String code, String kg) {
        PriceRow row = deposit.materials().stream().filter(r -> r.materialCode().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no price for " + code));
        deposit.material().set(row);
        deposit.weightText().set(kg);
        if (!deposit.addLine()) {
            throw new IllegalStateException("line refused: " + deposit.weightError().get());
        }
    }

    private void shoot(String name) throws IOException {
        ui.snackbar().dismiss();
        Parent root = scene.getRoot();
        for (int pass = 0; pass < 3; pass++) {
            root.applyCss();
            root.layout();
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setViewport(new Rectangle2D(0, 0, WIDTH, HEIGHT));
        WritableImage image = root.snapshot(params, null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path file = out.resolve(name + ".png");
        ImageIO.write(buffered, "png", file.toFile());
        System.out.println("wrote " + file + " (" + (int) image.getWidth() + "×" + (int) image.getHeight() + ")");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
