package th.wastebank.client.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;

import com.github.f4b6a3.uuid.UuidCreator;

import th.wastebank.client.committee.ApprovalService;
import th.wastebank.client.committee.CommitteeService;
import th.wastebank.client.committee.Pins;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.member.MemberNumbersCatchUp;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.op.OpHandlers;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.pairing.PairingService;
import th.wastebank.client.photo.PhotoQueue;
import th.wastebank.client.photo.PhotoService;
import th.wastebank.client.photo.PhotoUploader;
import th.wastebank.client.price.PriceBoard;
import th.wastebank.client.product.ProductService;
import th.wastebank.client.progress.MilestoneService;
import th.wastebank.client.reversal.ReversalService;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.Settings;
import th.wastebank.client.sync.Backoff;
import th.wastebank.client.sync.PullApplier;
import th.wastebank.client.sync.ServerApi;
import th.wastebank.client.sync.SyncEngine;
import th.wastebank.client.welfare.ClaimService;
import th.wastebank.client.welfare.FundService;
import th.wastebank.client.welfare.LevyService;
import th.wastebank.client.welfare.MarginRunService;
import th.wastebank.client.dividend.DividendService;
import th.wastebank.client.welfare.SchemeService;
import th.wastebank.client.sale.SaleService;
import th.wastebank.client.transfer.MoveService;
import th.wastebank.client.withdrawal.WithdrawalService;
import th.wastebank.client.statement.StatementService;
import th.wastebank.id.IdGenerator;
import th.wastebank.client.village.VillageService;

/**
 * Everything the app's screens use, wired by hand: the store in the private directory, the
 * services of each feature, the sync engine and the photo uploader (which runs after each sync). One per running app (or per test).
 */
public final class ClientContext implements AutoCloseable {
    public static final String DATABASE_FILE = "wastebank.db";

    private final ClientStore store;
    private final Clock clock;
    private final Settings settings;
    private final Outbox outbox;
    private final MemberService members;
    private final PriceBoard prices;
    private final DepositService deposits;
    private final WithdrawalService withdrawals;
    private final ReversalService reversals;
    private final Ledger ledger;
    private final ServerApi api;
    private final PairingService pairing;
    private final PullApplier pullApplier;
    private final SyncEngine sync;
    private final ProductService products;
    private final MilestoneService milestones;
    private final PhotoService photos;
    private final PhotoUploader photoUploader;
    private final SchemeService schemes;
    private final ClaimService claims;
    private final LevyService levies;
    private final FundService fund;
    private final SaleService sales;
    private final CommitteeService committee;
    private final Pins pins;
    private final ApprovalService approvals;
    private final MarginRunService marginRuns;
    private final DividendService dividends;
    private final StatementService statements;
    private final MoveService moves;
    private final Path privateDir;
    private final VillageService villages;

    public ClientContext(Path privateDir, Clock clock, Duration pullEvery) {
        this.clock = clock;
        IdGenerator ids = UuidCreator::getTimeOrderedEpoch;
        this.store = ClientStore.open(privateDir.resolve(DATABASE_FILE));
        this.settings = new Settings(store);
        OpHandlers handlers = OpRegistry.handlers();
        this.outbox = new Outbox(store, clock, handlers);
        this.members = new MemberService(store, clock, ids);
        this.prices = new PriceBoard(store, clock, ids);
        this.deposits = new DepositService(store, clock, ids);
        this.withdrawals = new WithdrawalService(store, clock, ids);
        this.reversals = new ReversalService(store, clock, ids);
        this.ledger = new Ledger(store);
        this.api = new ServerApi(Duration.ofSeconds(60));
        this.pairing = new PairingService(store, settings, api);
        this.pullApplier = new PullApplier(store, handlers);
        this.sync = new SyncEngine(settings, outbox, pullApplier, api, clock,
                new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new Random()), pullEvery);
        // a screen that saves only queues its op; the outbox wakes the engine to send it
        outbox.addListener(sync::nudge);
        pairing.whenPaired(sync::nudge);
        this.products = new ProductService(store, clock, ids);
        this.milestones = new MilestoneService(store, clock, ids);
        PhotoQueue photoQueue = new PhotoQueue(store, privateDir);
        this.photos = new PhotoService(photoQueue, privateDir, clock);
        this.photoUploader = new PhotoUploader(settings, photoQueue, api, clock,
                new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new Random()), pullEvery);
        photoUploader.followSyncRuns(sync);
        new MemberNumbersCatchUp(members, settings, api).followSyncRuns(sync);
        this.schemes = new SchemeService(store, clock, ids);
        this.claims = new ClaimService(store, clock, ids);
        this.levies = new LevyService(store, clock, ids);
        this.fund = new FundService(store, clock, ids);
        this.sales = new SaleService(store, clock, ids);
        this.committee = new CommitteeService(store, clock, ids);
        this.pins = new Pins(store, clock);
        this.approvals = new ApprovalService(committee, pins);
        this.marginRuns = new MarginRunService(store, sales, clock, ids);
        this.dividends = new DividendService(store, sales, clock, ids);
        this.statements = new StatementService(store, settings, sales, clock);
        this.moves = new MoveService(store, clock, ids);
        this.privateDir = privateDir;
        this.villages = new VillageService(store, clock, ids);
    }

    public ClientStore store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    public Settings settings() {
        return settings;
    }

    public Outbox outbox() {
        return outbox;
    }

    public MemberService members() {
        return members;
    }

    public PriceBoard prices() {
        return prices;
    }

    public DepositService deposits() {
        return deposits;
    }

    public WithdrawalService withdrawals() {
        return withdrawals;
    }

    public ReversalService reversals() {
        return reversals;
    }

    public Ledger ledger() {
        return ledger;
    }

    public PairingService pairing() {
        return pairing;
    }

    public PullApplier pullApplier() {
        return pullApplier;
    }

    public SyncEngine sync() {
        return sync;
    }

    public ProductService products() {
        return products;
    }

    public MilestoneService milestones() {
        return milestones;
    }

    public PhotoService photos() {
        return photos;
    }

    public PhotoUploader photoUploader() {
        return photoUploader;
    }

    public SchemeService schemes() {
        return schemes;
    }

    public ClaimService claims() {
        return claims;
    }

    public LevyService levies() {
        return levies;
    }

    public FundService fund() {
        return fund;
    }

    public SaleService sales() {
        return sales;
    }

    public MarginRunService marginRuns() {
        return marginRuns;
    }

    public DividendService dividends() {
        return dividends;
    }

    /** The bank's committee roster. */
    public CommitteeService committee() {
        return committee;
    }

    /** The roster members' PINs, kept on this phone only. */
    public Pins pins() {
        return pins;
    }

    public ApprovalService approvals() {
        return approvals;
    }

    /** The bank's books on this phone, for the monthly statement and the fiscal year. */
    public StatementService statements() {
        return statements;
    }

    /** The app's own directory (the store, photos, shared documents). */
    /** Savings moved between members: to an heir, and the merge of a duplicate (ADR 0019). */
    public MoveService moves() {
        return moves;
    }

    public Path privateDir() {
        return privateDir;
    }

    /** The อปท.'s list of villages. */
    public VillageService villages() {
        return villages;
    }

    @Override
    public void close() {
        photoUploader.close();
        sync.close();
        store.close();
    }
}
