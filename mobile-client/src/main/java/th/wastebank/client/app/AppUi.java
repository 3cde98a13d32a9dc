package th.wastebank.client.app;

import java.util.UUID;

import javafx.scene.Parent;
import javafx.scene.Scene;

import th.wastebank.client.committee.ApprovalViewModel;
import th.wastebank.client.committee.CommitteeFormView;
import th.wastebank.client.committee.CommitteeFormViewModel;
import th.wastebank.client.committee.CommitteeView;
import th.wastebank.client.committee.CommitteeViewModel;
import th.wastebank.client.committee.PinView;
import th.wastebank.client.committee.PinViewModel;
import th.wastebank.client.deposit.DepositView;
import th.wastebank.client.deposit.DepositViewModel;
import th.wastebank.client.home.HomeView;
import th.wastebank.client.home.HomeViewModel;
import th.wastebank.client.home.SyncBadgeView;
import th.wastebank.client.home.SyncBadgeViewModel;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.member.MemberFormView;
import th.wastebank.client.member.MemberFormViewModel;
import th.wastebank.client.member.MembersView;
import th.wastebank.client.member.MemberCardsViewModel;
import th.wastebank.client.member.MembersViewModel;
import th.wastebank.client.pairing.PairView;
import th.wastebank.client.pairing.PairViewModel;
import th.wastebank.client.passbook.PassbookView;
import th.wastebank.client.passbook.PassbookViewModel;
import th.wastebank.client.photo.PhotoSource;
import th.wastebank.client.photo.PhotoUploadViewModel;
import th.wastebank.client.platform.BarcodeScanner;
import th.wastebank.client.platform.ShareService;
import th.wastebank.client.price.PriceBoardView;
import th.wastebank.client.price.PriceBoardViewModel;
import th.wastebank.client.price.PriceEditView;
import th.wastebank.client.price.PriceEditViewModel;
import th.wastebank.client.problems.ProblemsView;
import th.wastebank.client.problems.ProblemsViewModel;
import th.wastebank.client.product.ProductFormView;
import th.wastebank.client.product.ProductFormViewModel;
import th.wastebank.client.product.ProductsView;
import th.wastebank.client.product.ProductsViewModel;
import th.wastebank.client.progress.StepFormView;
import th.wastebank.client.progress.StepFormViewModel;
import th.wastebank.client.progress.StepsView;
import th.wastebank.client.progress.StepsViewModel;
import th.wastebank.client.receipt.ReceiptView;
import th.wastebank.client.receipt.ReceiptViewModel;
import th.wastebank.client.reversal.ReversalView;
import th.wastebank.client.reversal.ReversalViewModel;
import th.wastebank.client.settings.SettingsView;
import th.wastebank.client.settings.SettingsViewModel;
import th.wastebank.client.store.Settings;
import th.wastebank.client.ui.AppShell;
import th.wastebank.client.ui.Async;
import th.wastebank.client.ui.Navigator;
import th.wastebank.client.ui.Routes;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.client.ui.Snackbar;
import th.wastebank.client.welfare.ClaimFormView;
import th.wastebank.client.welfare.ClaimFormViewModel;
import th.wastebank.client.welfare.ClaimView;
import th.wastebank.client.welfare.ClaimViewModel;
import th.wastebank.client.welfare.ClaimsView;
import th.wastebank.client.welfare.ClaimsViewModel;
import th.wastebank.client.welfare.ContributionView;
import th.wastebank.client.welfare.ContributionViewModel;
import th.wastebank.client.welfare.FundHistoryView;
import th.wastebank.client.welfare.FundHistoryViewModel;
import th.wastebank.client.welfare.LevyView;
import th.wastebank.client.welfare.MarginRunView;
import th.wastebank.client.welfare.MarginRunViewModel;
import th.wastebank.client.dividend.DividendView;
import th.wastebank.client.dividend.DividendViewModel;
import th.wastebank.client.welfare.LevyViewModel;
import th.wastebank.client.welfare.SchemeFormView;
import th.wastebank.client.welfare.SchemeFormViewModel;
import th.wastebank.client.welfare.WelfareHomeView;
import th.wastebank.client.welfare.WelfareHomeViewModel;
import th.wastebank.client.transfer.HeirTransferView;
import th.wastebank.client.transfer.HeirTransferViewModel;
import th.wastebank.client.transfer.MergeView;
import th.wastebank.client.transfer.MergeViewModel;
import th.wastebank.client.withdrawal.WithdrawalView;
import th.wastebank.client.withdrawal.WithdrawalViewModel;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.client.sale.MarginView;
import th.wastebank.client.sale.MarginViewModel;
import th.wastebank.client.sale.SaleView;
import th.wastebank.client.sale.SaleViewModel;
import th.wastebank.client.sale.SaleVoidView;
import th.wastebank.client.sale.SaleVoidViewModel;
import th.wastebank.client.sale.StockAdjustView;
import th.wastebank.client.sale.StockAdjustViewModel;
import th.wastebank.client.sale.StockView;
import th.wastebank.client.sale.StockViewModel;
import th.wastebank.client.platform.DocumentShare;
import th.wastebank.client.statement.StatementView;
import th.wastebank.client.statement.StatementViewModel;
import th.wastebank.validation.ReasonCode;
import th.wastebank.client.village.VillageFormView;
import th.wastebank.client.village.VillageFormViewModel;
import th.wastebank.client.village.VillagesView;
import th.wastebank.client.village.VillagesViewModel;

/**
 * The user interface wired by hand on top of a {@link ClientContext}: the shell, the navigator,
 * and one view and view model per screen, built when the user goes there. The app, the headless
 * UI test and the screenshot tool all build it the same way.
 */
public final class AppUi implements Routes {
    private final ClientContext ctx;
    private final Messages messages;
    private final ShareService share;
    /** The phone's camera for member cards; none on a desktop (ADR 0014). */
    private final BarcodeScanner scanner = BarcodeScanner.create();
    private final Navigator navigator = new Navigator();
    private final SyncBadgeViewModel syncBadge;
    private final PhotoUploadViewModel photoUploads;
    private final PhotoSource photoSource;
    private final AppShell shell;
    private final ScreenContext screens;

    public AppUi(ClientContext ctx, Async async, ShareService share, PhotoSource photoSource) {
        this.ctx = ctx;
        this.share = share;
        this.photoSource = photoSource;
        this.messages = new Messages(ctx.settings().get(Settings.LANGUAGE, Messages.THAI),
                Boolean.parseBoolean(ctx.settings().get(Settings.THAI_DIGITS, "false")));
        this.syncBadge = new SyncBadgeViewModel(ctx.sync(), async, ctx.clock());
        this.photoUploads = new PhotoUploadViewModel(ctx.photoUploader(), ctx.photos().queue(), async);
        SyncBadgeView badge = new SyncBadgeView(syncBadge, messages);
        this.shell = new AppShell(navigator, badge.badge(), badge.statusLine());
        this.screens = new ScreenContext(messages, async, this, shell.snackbar());
    }

    /** Shows the first screen: pairing on a phone that was never paired, else home. */
    public void start() {
        if (ctx.pairing().isPaired()) {
            home();
        } else {
            navigator.resetTo(pairView());
        }
    }

    public Parent root() {
        return shell.root();
    }

    /** The app in a scene of the given size, styled. */
    public Scene scene(double width, double height) {
        return shell.scene(width, height);
    }

    public Messages messages() {
        return messages;
    }

    public Navigator navigator() {
        return navigator;
    }

    public SyncBadgeViewModel syncBadge() {
        return syncBadge;
    }

    public Snackbar snackbar() {
        return shell.snackbar();
    }

    private PairView pairView() {
        return new PairView(new PairViewModel(ctx.pairing(), ctx.settings(), screens), messages);
    }

    @Override
    public void pair() {
        navigator.push(pairView());
    }

    @Override
    public void home() {
        navigator.resetTo(new HomeView(new HomeViewModel(ctx.settings(), ctx.ledger(), ctx.clock(), syncBadge, photoUploads,
                screens),
                messages));
    }

    @Override
    public void members() {
        navigator.push(new MembersView(new MembersViewModel(ctx.members(), syncBadge.changes(), screens),
                new MemberCardsViewModel(ctx.members(), ctx.settings(), share, screens), messages));
    }

    @Override
    public void registerMember() {
        navigator.push(new MemberFormView(new MemberFormViewModel(ctx.members(), ctx.clock(), null, screens,
                ctx.villages()), messages));
    }

    @Override
    public void editMember(UUID memberId) {
        navigator.push(new MemberFormView(new MemberFormViewModel(ctx.members(), ctx.clock(), memberId,
                screens, ctx.villages()), messages));
    }

    @Override
    public void passbook(UUID memberId) {
        navigator.push(new PassbookView(new PassbookViewModel(ctx.members(), ctx.ledger(), memberId, syncBadge.changes(),
                screens), messages));
    }

    @Override
    public void deposit(UUID memberId) {
        navigator.push(new DepositView(new DepositViewModel(ctx.members(), ctx.prices(), ctx.deposits(), ctx.clock(), memberId,
                screens, scanner), messages));
    }

    @Override
    public void receipt(UUID entryId) {
        navigator.push(receiptView(entryId, false));
    }

    @Override
    public void receiptOfNew(UUID entryId) {
        navigator.replaceTop(receiptView(entryId, true));
    }

    private ReceiptView receiptView(UUID entryId, boolean justSaved) {
        return new ReceiptView(new ReceiptViewModel(ctx.ledger(), ctx.members(), ctx.prices(), ctx.settings(), share,
                ctx.clock(), entryId, justSaved, screens), messages);
    }

    @Override
    public void withdrawal(UUID memberId) {
        navigator.push(new WithdrawalView(new WithdrawalViewModel(ctx.members(), ctx.ledger(), ctx.withdrawals(),
                approval(ReasonCode.APPROVERS_REQUIRED), memberId, screens, scanner), messages));
    }

    @Override
    public void reversal(UUID entryId) {
        navigator.push(new ReversalView(new ReversalViewModel(ctx.ledger(), ctx.members(), ctx.reversals(), entryId,
                screens), messages));
    }

    @Override
    public void prices() {
        navigator.push(new PriceBoardView(new PriceBoardViewModel(ctx.prices(), ctx.sync()::nudge, ctx.clock(),
                syncBadge.changes(), screens), messages));
    }

    @Override
    public void editPrice(String materialCode) {
        navigator.push(new PriceEditView(new PriceEditViewModel(ctx.prices(), ctx.clock(), materialCode,
                screens), messages));
    }

    @Override
    public void addOwnMaterial() {
        editPrice(null);
    }

    @Override
    public void settings() {
        navigator.push(new SettingsView(new SettingsViewModel(ctx.settings(), screens), messages));
    }

    @Override
    public void problems() {
        navigator.push(new ProblemsView(new ProblemsViewModel(ctx.outbox(), syncBadge.changes(), screens),
                messages));
    }

    @Override
    public void products() {
        navigator.push(new ProductsView(new ProductsViewModel(ctx.products(), syncBadge.changes(), screens), messages));
    }

    @Override
    public void registerProduct() {
        editProduct(null);
    }

    @Override
    public void editProduct(UUID productId) {
        navigator.push(new ProductFormView(new ProductFormViewModel(ctx.products(), ctx.photos(), photoSource,
                photoUploads, productId, screens), messages));
    }

    @Override
    public void steps() {
        navigator.push(new StepsView(new StepsViewModel(ctx.milestones(), ctx.products(), syncBadge.changes(), screens),
                messages));
    }

    @Override
    public void recordStep(MilestoneStep step) {
        navigator.push(new StepFormView(new StepFormViewModel(ctx.milestones(), ctx.products(), ctx.clock(),
                step, screens), messages));
    }

    @Override
    public void welfare() {
        navigator.push(new WelfareHomeView(new WelfareHomeViewModel(ctx.fund(), ctx.schemes(), syncBadge.changes(),
                screens), messages));
    }

    @Override
    public void editScheme(UUID schemeId) {
        navigator.push(new SchemeFormView(new SchemeFormViewModel(ctx.schemes(), schemeId, screens),
                messages));
    }

    @Override
    public void claims() {
        navigator.push(new ClaimsView(new ClaimsViewModel(ctx.claims(), syncBadge.changes(), screens), messages));
    }

    @Override
    public void fileClaim() {
        navigator.push(new ClaimFormView(new ClaimFormViewModel(ctx.claims(), ctx.schemes(), ctx.members(), ctx.photos(),
                photoSource, photoUploads, ctx.clock(), screens), messages));
    }

    @Override
    public void claim(UUID claimId) {
        navigator.push(new ClaimView(new ClaimViewModel(ctx.claims(), ctx.schemes(), ctx.fund(),
                approval(ReasonCode.WELFARE_APPROVERS_REQUIRED), claimId, syncBadge.changes(), screens), messages));
    }

    @Override
    public void levy(UUID claimId) {
        navigator.push(new LevyView(new LevyViewModel(ctx.schemes(), ctx.claims(), ctx.levies(),
                approval(ReasonCode.WELFARE_APPROVERS_REQUIRED), ctx.clock(), claimId, screens), messages));
    }

    @Override
    public void committee() {
        navigator.push(new CommitteeView(new CommitteeViewModel(ctx.committee(), screens), messages));
    }

    @Override
    public void editCommitteeMember(UUID memberId) {
        navigator.push(new CommitteeFormView(new CommitteeFormViewModel(ctx.committee(), memberId, ctx.clock(), screens),
                messages));
    }

    @Override
    public void committeePin(UUID memberId) {
        navigator.push(new PinView(new PinViewModel(ctx.committee(), ctx.pins(), memberId,
                approval(ReasonCode.APPROVERS_REQUIRED), screens), messages));
    }

    /** The approval step of a form of money leaving an account; {@code namesMissing} is its typed names' refusal. */
    private ApprovalViewModel approval(ReasonCode namesMissing) {
        return new ApprovalViewModel(ctx.committee(), ctx.approvals(), ctx.clock(), screens, namesMissing);
    }

    @Override
    public void marginRun() {
        navigator.push(new MarginRunView(new MarginRunViewModel(ctx.schemes(), ctx.marginRuns(),
                approval(ReasonCode.WELFARE_APPROVERS_REQUIRED), ctx.clock(), screens), messages));
    }

    @Override
    public void dividend() {
        navigator.push(new DividendView(new DividendViewModel(ctx.dividends(),
                approval(ReasonCode.DIVIDEND_APPROVERS_REQUIRED), screens), messages));
    }

    @Override
    public void contribute() {
        navigator.push(new ContributionView(new ContributionViewModel(ctx.fund(), screens), messages));
    }

    @Override
    public void fundHistory() {
        navigator.push(new FundHistoryView(new FundHistoryViewModel(ctx.fund(), syncBadge.changes(), screens), messages));
    }

    public PhotoUploadViewModel photoUploads() {
        return photoUploads;
    }

    @Override
    public void back() {
        navigator.back();
    }

    @Override
    public void sales() {
        navigator.push(new StockView(new StockViewModel(ctx.sales(), ctx.prices(), screens), messages));
    }

    @Override
    public void recordSale() {
        navigator.push(new SaleView(new SaleViewModel(ctx.sales(), ctx.prices(), ctx.photos(), photoSource,
                photoUploads, screens), messages));
    }

    @Override
    public void saleMargin() {
        navigator.push(new MarginView(new MarginViewModel(ctx.sales(), screens), messages));
    }

    @Override
    public void adjustStock() {
        navigator.push(new StockAdjustView(new StockAdjustViewModel(ctx.sales(), ctx.prices(), screens), messages));
    }

    @Override
    public void statement() {
        navigator.push(new StatementView(new StatementViewModel(ctx.statements(), DocumentShare.create(ctx.privateDir()),
                screens), messages));
    }

    @Override
    public void villages() {
        navigator.push(new VillagesView(new VillagesViewModel(ctx.villages(), screens), messages));
    }

    @Override
    public void editVillage(UUID villageId) {
        navigator.push(new VillageFormView(new VillageFormViewModel(ctx.villages(), villageId, ctx.clock(), screens),
                messages));
    }

    @Override
    public void voidStockRecord(UUID recordId) {
        navigator.push(new SaleVoidView(new SaleVoidViewModel(ctx.sales(), recordId, screens), messages));
    }

    @Override
    public void mergeMember(UUID duplicateId) {
        navigator.push(new MergeView(new MergeViewModel(ctx.members(), ctx.ledger(), ctx.moves(),
                approval(ReasonCode.MOVE_APPROVERS_REQUIRED), duplicateId, screens), messages));
    }

    @Override
    public void heirTransfer(UUID memberId) {
        navigator.push(new HeirTransferView(new HeirTransferViewModel(ctx.members(), ctx.ledger(), ctx.moves(),
                approval(ReasonCode.MOVE_APPROVERS_REQUIRED), memberId, screens), messages));
    }
}
