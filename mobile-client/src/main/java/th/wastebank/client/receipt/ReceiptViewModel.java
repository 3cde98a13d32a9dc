package th.wastebank.client.receipt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberNumberField;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.platform.ShareService;
import th.wastebank.client.price.PriceBoard;
import th.wastebank.client.price.PriceRow;
import th.wastebank.client.store.Settings;
import th.wastebank.client.store.SyncState;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.deposit.DepositLine;
import th.wastebank.ledger.EntryKind;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;

/**
 * A deposit's receipt (ใบรับฝาก), as the member takes it home: the bank, the member, when, each
 * material with its weight, price and amount, the total and the balance after. A withdrawal's slip
 * (ใบถอนเงิน) is the same paper with the amount paid out and the two committee members who paid and
 * approved it instead of the lines. Either can be shared (or, on a desktop, saved) as an image.
 */
public final class ReceiptViewModel {
    /** A receipt line with its material's names. */
    public record Line(String nameTh, String nameEn, DepositLine line) {
        public String name(boolean thai) {
            return thai || nameEn == null ? nameTh : nameEn;
        }
    }

    private record Loaded(String org, String area, LedgerEntry entry, Member member, List<Line> lines,
                          long balanceAfter) {
    }

    private static final Logger LOG = Logger.getLogger(ReceiptViewModel.class.getName());
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final Ledger ledger;
    private final MemberService members;
    private final PriceBoard prices;
    private final Settings settings;
    private final ShareService share;
    private final Clock clock;
    private final UUID entryId;
    private final boolean justSaved;
    private final ScreenContext ui;

    private final StringProperty orgName = new SimpleStringProperty("");
    private final StringProperty orgArea = new SimpleStringProperty("");
    private final StringProperty memberName = new SimpleStringProperty("");
    private final StringProperty memberNumber = new SimpleStringProperty("");
    private final StringProperty memberAddress = new SimpleStringProperty("");
    private final ObjectProperty<Instant> at = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty();
    private final LongProperty totalGrams = new SimpleLongProperty();
    private final LongProperty balanceAfter = new SimpleLongProperty();
    private final BooleanProperty reversed = new SimpleBooleanProperty();
    private final BooleanProperty withdrawal = new SimpleBooleanProperty();
    private final StringProperty approvedBy = new SimpleStringProperty("");
    private final ObjectProperty<SyncState> syncState = new SimpleObjectProperty<>(SyncState.PENDING);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private UUID memberId;

    public ReceiptViewModel(Ledger ledger, MemberService members, PriceBoard prices, Settings settings,
                            ShareService share, Clock clock, UUID entryId, boolean justSaved, ScreenContext ui) {
        this.ledger = ledger;
        this.members = members;
        this.prices = prices;
        this.settings = settings;
        this.share = share;
        this.clock = clock;
        this.entryId = entryId;
        this.justSaved = justSaved;
        this.ui = ui;
    }

    public void load() {
        ui.async().run(this::read, r -> {
            memberId = r.member().id();
            orgName.set(r.org());
            orgArea.set(r.area());
            memberName.set(r.member().name());
            memberNumber.set(MemberNumberField.line(r.member(), ui.messages()));
            memberAddress.set(r.member().addressLine());
            at.set(r.entry().occurredAt());
            lines.setAll(r.lines());
            boolean paidOut = r.entry().kind() == EntryKind.WITHDRAWAL;
            withdrawal.set(paidOut);
            approvedBy.set(paidOut && r.entry().note() != null ? r.entry().note() : "");
            total.set(Math.abs(r.entry().amount()));
            totalGrams.set(r.entry().grams());
            balanceAfter.set(r.balanceAfter());
            reversed.set(r.entry().reversed());
            syncState.set(r.entry().syncState());
        }, failure -> ui.notifier().show(ui.explain(failure)));
    }

    private Loaded read() {
        LedgerEntry entry = ledger.entry(entryId)
                .filter(e -> e.kind() == EntryKind.DEPOSIT || e.kind() == EntryKind.WITHDRAWAL)
                .orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_ENTRY, "entryId"));
        Member member = members.get(entry.memberId())
                .orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_MEMBER, "memberId"));
        Map<String, PriceRow> names = prices.on(LocalDate.now(clock.withZone(Dates.THAI))).stream()
                .collect(Collectors.toMap(PriceRow::materialCode, Function.identity()));
        List<Line> lines = ledger.linesOf(entryId).stream().map(l -> {
            PriceRow row = names.get(l.materialCode());
            return new Line(row == null ? l.materialCode() : row.nameTh(), row == null ? null : row.nameEn(), l);
        }).toList();
        String district = settings.get(Settings.ORG_DISTRICT, "");
        String province = settings.get(Settings.ORG_PROVINCE, "");
        String area = ((district.isBlank() ? "" : ui.messages().get("home.district", district)) + " "
                + (province.isBlank() ? "" : ui.messages().get("home.province", province))).strip();
        return new Loaded(settings.get(Settings.ORG_NAME, ""), area, entry, member, lines,
                ledger.balanceAfter(entryId));
    }

    /** Shares the receipt's picture (PNG bytes made by the view from what is on screen). */
    public void share(byte[] png) {
        if (busy.get() || at.get() == null) {
            return;
        }
        busy.set(true);
        String fileName = fileName();
        String subject = ui.messages().get(withdrawal.get() ? "slip.shareSubject" : "receipt.shareSubject",
                memberName.get());
        ui.async().run(() -> share.sharePng(fileName, png, subject), shared -> {
            busy.set(false);
            String kind = withdrawal.get() ? "slip" : "receipt";
            ui.notifier().show(shared.handedToOtherApp() ? ui.messages().get(kind + ".shared")
                    : ui.messages().get(kind + ".savedTo", shared.file().toString()));
        }, failure -> {
            busy.set(false);
            LOG.log(Level.WARNING, "cannot share a receipt image", failure);
            ui.notifier().show(ui.messages().get(withdrawal.get() ? "slip.shareFailed" : "receipt.shareFailed"));
        });
    }

    /** "receipt-20261123-0905-019ab000.png" ("withdrawal-…" for a slip): when, and whose entry, in a plain file name. */
    public String fileName() {
        return (withdrawal.get() ? "withdrawal-" : "receipt-") + LocalDateTime.ofInstant(at.get(), Dates.THAI).format(FILE_STAMP) + "-"
                + entryId.toString().substring(0, 8) + ".png";
    }

    public void openPassbook() {
        if (memberId != null) {
            ui.routes().passbook(memberId);
        }
    }

    public void newDeposit() {
        ui.routes().deposit(null);
    }

    public void home() {
        ui.routes().home();
    }

    /**
     * The entry's number as printed on the receipt: the phone's code and running number (e.g.
     * "A7-000123"), or, for an entry made before receipt numbers or on another phone, the first part of its id.
     */
    public String number() {
        return ledger.receiptNumber(entryId);
    }

    /** True when this receipt is shown right after saving (not reopened from the passbook). */
    public boolean justSaved() {
        return justSaved;
    }

    public StringProperty orgName() {
        return orgName;
    }

    public StringProperty orgArea() {
        return orgArea;
    }

    public StringProperty memberName() {
        return memberName;
    }

    /** "เลขสมาชิก 0042-7" under the member's name, or that the number comes with the next sync. */
    public StringProperty memberNumber() {
        return memberNumber;
    }

    public StringProperty memberAddress() {
        return memberAddress;
    }

    public ObjectProperty<Instant> at() {
        return at;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public LongProperty total() {
        return total;
    }

    public LongProperty totalGrams() {
        return totalGrams;
    }

    public LongProperty balanceAfter() {
        return balanceAfter;
    }

    public BooleanProperty reversed() {
        return reversed;
    }

    /** True for a withdrawal's slip (no lines; the amount paid out and who paid and approved it). */
    public BooleanProperty withdrawal() {
        return withdrawal;
    }

    /** The committee members who paid and approved a withdrawal, as recorded ("" on a deposit's receipt). */
    public StringProperty approvedBy() {
        return approvedBy;
    }

    public ObjectProperty<SyncState> syncState() {
        return syncState;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
