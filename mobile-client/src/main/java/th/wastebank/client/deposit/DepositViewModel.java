package th.wastebank.client.deposit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberNumberPick;
import th.wastebank.client.member.MemberSearch;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.price.PriceBoard;
import th.wastebank.client.platform.BarcodeScanner;
import th.wastebank.client.price.PriceRow;
import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.deposit.DepositLine;
import th.wastebank.validation.Dates;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;

/**
 * Recording a deposit at the scale: pick the member, add one line per material weighed (priced
 * by today's price board with the shared amount rule), watch the running total, save. A weight
 * typed but not yet added is added by "save". Nothing typed is cleared when a rule refuses it.
 * If the price board changed while the screen was open, saving stops and shows the new prices
 * first, so the receipt never differs from the total the member was shown.
 */
public final class DepositViewModel {
    /** A weighed material with the price and amount it will be saved with. */
    public record Line(PriceRow material, DepositLine priced) {
    }

    private final MemberService members;
    private final PriceBoard prices;
    private final DepositService deposits;
    private final Clock clock;
    private final ScreenContext ui;
    private final Messages m;
    private final UUID preselectedMemberId;

    private final MemberSearch search;
    private final MemberNumberPick byNumber;
    private final ObjectProperty<Member> member = new SimpleObjectProperty<>();
    private final ObservableList<PriceRow> materials = FXCollections.observableArrayList();
    private final BooleanProperty noPrices = new SimpleBooleanProperty();
    private final ObjectProperty<PriceRow> material = new SimpleObjectProperty<>();
    private final StringProperty weightText = new SimpleStringProperty("");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty();
    private final LongProperty totalGrams = new SimpleLongProperty();
    private final StringProperty memberError = new SimpleStringProperty();
    private final StringProperty materialError = new SimpleStringProperty();
    private final StringProperty weightError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param preselectedMemberId the member the deposit is for (from the passbook), or null to pick one here */
    public DepositViewModel(MemberService members, PriceBoard prices, DepositService deposits,
                            Clock clock, UUID preselectedMemberId, ScreenContext ui) {
        this(members, prices, deposits, clock, preselectedMemberId, ui, BarcodeScanner.unavailable());
    }

    /** @param scanner the phone's camera scanner for member cards ({@link BarcodeScanner#unavailable()} on a desktop) */
    public DepositViewModel(MemberService members, PriceBoard prices, DepositService deposits,
                            Clock clock, UUID preselectedMemberId, ScreenContext ui, BarcodeScanner scanner) {
        this.members = members;
        this.prices = prices;
        this.deposits = deposits;
        this.clock = clock;
        this.ui = ui;
        this.m = ui.messages();
        this.preselectedMemberId = preselectedMemberId;
        this.search = new MemberSearch(members, ui);
        this.byNumber = new MemberNumberPick(members, ui, scanner, this::chooseMember);
        lines.addListener((ListChangeListener<Line>) c -> {
            total.set(lines.stream().mapToLong(l -> l.priced().amount()).sum());
            totalGrams.set(lines.stream().mapToLong(l -> l.priced().grams()).sum());
        });
    }

    /** Loads today's priced materials and, the first time, the preselected member. */
    public void load() {
        LocalDate today = today();
        ui.async().run(() -> prices.on(today).stream().filter(PriceRow::priced).toList(), rows -> {
            String chosen = material.get() == null ? null : material.get().materialCode();
            Lists.replaceIfChanged(materials, rows);
            noPrices.set(rows.isEmpty());
            material.set(rows.stream().filter(r -> r.materialCode().equals(chosen)).findFirst().orElse(null));
        }, failure -> error.set(ui.explain(failure)));
        if (preselectedMemberId != null && member.get() == null) {
            ui.async().run(() -> members.get(preselectedMemberId).orElse(null), member::set,
                    failure -> error.set(ui.explain(failure)));
        }
        if (member.get() == null) {
            search.refresh();
        }
    }

    /** The member picked by the number on their card: typed, USB-scanned or camera-scanned. */
    public MemberNumberPick byNumber() {
        return byNumber;
    }

    public void chooseMember(Member chosen) {
        member.set(chosen);
        memberError.set(null);
    }

    /** Back to searching for the member. */
    public void changeMember() {
        member.set(null);
        search.refresh();
    }

    /** Adds the typed weight of the chosen material as a line; false (and the text stays) when refused. */
    public boolean addLine() {
        PriceRow row = material.get();
        materialError.set(row == null ? m.get("deposit.material.missing") : null);
        WeightInput.Result weight = WeightInput.parse(weightText.get());
        weightError.set(weight.ok() ? null
                : weight.reason() != null ? m.reason(weight.reason()) : m.get(weight.messageKey()));
        if (row == null || !weight.ok()) {
            return false;
        }
        if (lines.size() >= Limits.MAX_LINES) {
            error.set(m.reason(ReasonCode.TOO_MANY_LINES));
            return false;
        }
        lines.add(new Line(row, DepositLine.priced(row.materialCode(), weight.grams(), row.pricePerKg())));
        weightText.set("");
        error.set(null);
        return true;
    }

    public void removeLine(Line line) {
        lines.remove(line);
    }

    /** Saves the deposit and opens its receipt; on any refusal the screen keeps everything as typed. */
    public void save() {
        if (busy.get()) {
            return;
        }
        error.set(null);
        memberError.set(member.get() == null ? m.reason(ReasonCode.MEMBER_REQUIRED) : null);
        if (weightText.get() != null && !weightText.get().isBlank() && !addLine()) {
            return;
        }
        if (memberError.get() != null) {
            ui.notifier().show(memberError.get());
            return;
        }
        if (lines.isEmpty()) {
            error.set(m.reason(ReasonCode.NO_LINES));
            return;
        }
        UUID memberId = member.get().id();
        List<DepositService.LineDraft> drafts = lines.stream()
                .map(l -> new DepositService.LineDraft(l.material().materialCode(), l.priced().grams())).toList();
        List<DepositLine> shown = lines.stream().map(Line::priced).toList();
        busy.set(true);
        ui.async().run(() -> {
            DepositService.Receipt receipt = deposits.record(memberId, drafts, shown);
            return receipt;
        }, receipt -> {
            busy.set(false);
            ui.notifier().show(m.get("deposit.saved"));
            ui.routes().receiptOfNew(receipt.entryId());
        }, failure -> {
            busy.set(false);
            if (failure instanceof DepositService.PricesChanged changed) {
                reprice(changed);
                error.set(m.get("deposit.pricesChanged"));
            } else {
                error.set(ui.explain(failure));
            }
            ui.notifier().show(error.get());
        });
    }

    private void reprice(DepositService.PricesChanged changed) {
        Map<String, PriceRow> board = changed.board().stream()
                .collect(Collectors.toMap(PriceRow::materialCode, Function.identity()));
        for (int i = 0; i < lines.size(); i++) {
            DepositLine priced = changed.lines().get(i);
            lines.set(i, new Line(board.getOrDefault(priced.materialCode(), lines.get(i).material()), priced));
        }
        materials.setAll(changed.board().stream().filter(PriceRow::priced).toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.THAI));
    }

    public MemberSearch search() {
        return search;
    }

    public ObjectProperty<Member> member() {
        return member;
    }

    /**
     * True once loaded with no material priced today: nothing can be deposited, and the screen
     * says so with the way to the price board instead of an empty list.
     */
    public ReadOnlyBooleanProperty noPrices() {
        return noPrices;
    }

    /** The price board, to set today's prices (from the "no prices yet" note). */
    public void openPrices() {
        ui.routes().prices();
    }

    /** Today's materials that have a price; only those can be deposited. */
    public ObservableList<PriceRow> materials() {
        return materials;
    }

    public ObjectProperty<PriceRow> material() {
        return material;
    }

    /** The weight as typed, in kilograms. */
    public StringProperty weightText() {
        return weightText;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    /** The running total in satang. */
    public ReadOnlyLongProperty total() {
        return total;
    }

    public ReadOnlyLongProperty totalGrams() {
        return totalGrams;
    }

    public StringProperty memberError() {
        return memberError;
    }

    public StringProperty materialError() {
        return materialError;
    }

    public StringProperty weightError() {
        return weightError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
