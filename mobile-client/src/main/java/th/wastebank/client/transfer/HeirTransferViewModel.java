package th.wastebank.client.transfer;

import java.util.Map;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.committee.ApprovalViewModel;
import th.wastebank.client.common.NumberInput;
import th.wastebank.client.common.NumberInput.Parsed;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberSearch;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.ui.CashFields;
import th.wastebank.client.ui.FormSave;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.transfer.TransferReason;
import th.wastebank.validation.ReasonCode;

/**
 * The savings of a member who died or left, to their heir (ADR 0019), from the member's passbook:
 * pick the heir among the members, or register them first; the amount starts as the whole balance;
 * two committee members approve with their PINs. No cash changes hands and the welfare fund is
 * untouched.
 */
public final class HeirTransferViewModel {
    private final MemberService members;
    private final Ledger ledger;
    private final MoveService moves;
    private final ApprovalViewModel approval;
    private final UUID fromId;
    private final ScreenContext ui;
    private final Messages m;
    private final MemberSearch search;

    private final ObjectProperty<Member> from = new SimpleObjectProperty<>();
    private final LongProperty balance = new SimpleLongProperty();
    private final ObjectProperty<Member> heir = new SimpleObjectProperty<>();
    private final StringProperty amountText = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty heirError = new SimpleStringProperty();
    private final StringProperty amountError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public HeirTransferViewModel(MemberService members, Ledger ledger, MoveService moves, ApprovalViewModel approval,
                                 UUID fromId, ScreenContext ui) {
        this.members = members;
        this.ledger = ledger;
        this.moves = moves;
        this.approval = approval;
        this.fromId = fromId;
        this.ui = ui;
        this.m = ui.messages();
        this.search = new MemberSearch(members, ui);
    }

    /** Loads the member and the balance; the amount is prefilled with the whole balance once. */
    public void load() {
        approval.load();
        search.refresh();
        ui.async().run(() -> MemberBalance.read(members, ledger, fromId, "fromMemberId"), loaded -> {
            from.set(loaded.member());
            balance.set(loaded.balance());
            if (amountText.get().isBlank() && loaded.balance() > 0) {
                amountText.set(CashFields.typed(m, loaded.balance()));
            }
        }, failure -> error.set(ui.explain(failure)));
    }

    /** The heir, tapped in the search: the member themself is refused beside the field. */
    public void pick(Member member) {
        heirError.set(member.id().equals(fromId) ? m.reason(ReasonCode.TRANSFER_SAME_MEMBER) : null);
        if (heirError.get() == null) {
            heir.set(member);
        }
    }

    public void pickAgain() {
        heir.set(null);
    }

    /** The heir is not a member yet: the member form first; back here, the search finds them. */
    public void registerHeir() {
        search.registerMember();
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        error.set(null);
        heirError.set(heir.get() == null ? m.reason(ReasonCode.MEMBER_REQUIRED) : null);
        Parsed amount = NumberInput.parse(amountText.get(), 2);
        String problem = CashFields.amountProblem(m, amount, "withdrawal.amount");
        if (problem == null && amount.value() > balance.get()) {
            problem = m.reason(ReasonCode.TRANSFER_ABOVE_BALANCE);
        }
        amountError.set(problem);
        ApprovalViewModel.Pending pending = approval.prepare();
        if (heirError.get() != null || amountError.get() != null || pending == null) {
            return;
        }
        long satang = amount.value();
        UUID to = heir.get().id();
        String heirName = heir.get().name();
        String typedNote = note.get();
        busy.set(true);
        ui.async().run(() -> moves.transfer(fromId, to, satang, TransferReason.HEIR, typedNote, pending.approve()),
                moved -> {
                    busy.set(false);
                    approval.clearPins();
                    ui.notifier().show(m.get("heir.saved", m.format().baht(satang), heirName,
                            m.format().baht(moved.receiverBalanceAfter())));
                    ui.routes().back();
                }, failure -> {
                    busy.set(false);
                    if (!approval.explainFailure(failure)) {
                        FormSave.showFailure(ui, failure, Map.of("amount", amountError, "toMemberId", heirError),
                                error);
                    }
                });
    }

    public MemberSearch search() {
        return search;
    }

    public ObjectProperty<Member> from() {
        return from;
    }

    public LongProperty balance() {
        return balance;
    }

    public ObjectProperty<Member> heir() {
        return heir;
    }

    /** The amount in baht, the whole balance to begin with. */
    public StringProperty amountText() {
        return amountText;
    }

    public StringProperty note() {
        return note;
    }

    public ApprovalViewModel approval() {
        return approval;
    }

    public StringProperty heirError() {
        return heirError;
    }

    public StringProperty amountError() {
        return amountError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
