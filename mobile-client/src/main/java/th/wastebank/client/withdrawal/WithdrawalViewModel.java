package th.wastebank.client.withdrawal;

import java.util.Map;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.committee.ApprovalViewModel;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.NumberInput;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberNumberField;
import th.wastebank.client.member.MemberNumberPick;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.platform.BarcodeScanner;
import th.wastebank.client.ui.CashFields;
import th.wastebank.client.ui.FormSave;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.client.common.NumberInput.Parsed;
import th.wastebank.validation.ReasonCode;

/**
 * Paying a member out of their savings: the amount in baht, never above the balance this phone
 * knows, paid by one committee member and confirmed by a second, different one. The service checks
 * the same rules again inside its transaction.
 */
public final class WithdrawalViewModel {
    private final MemberService members;
    private final Ledger ledger;
    private final WithdrawalService withdrawals;
    /** Whom the withdrawal pays: the passbook's member, or the one whose card number was given here. */
    private UUID memberId;
    private final MemberNumberPick byNumber;
    private final ScreenContext ui;
    private final Messages m;

    private final StringProperty memberName = new SimpleStringProperty("");
    private final StringProperty memberNumber = new SimpleStringProperty("");
    private final LongProperty balance = new SimpleLongProperty();
    private final StringProperty amountText = new SimpleStringProperty("");
    private final ApprovalViewModel approval;
    private final StringProperty amountError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param approval the approval step: two roster members with PINs, or two typed names where there is no roster */
    public WithdrawalViewModel(MemberService members, Ledger ledger, WithdrawalService withdrawals,
                               ApprovalViewModel approval, UUID memberId, ScreenContext ui) {
        this(members, ledger, withdrawals, approval, memberId, ui, BarcodeScanner.unavailable());
    }

    /** @param scanner the phone's camera scanner for member cards ({@link BarcodeScanner#unavailable()} on a desktop) */
    public WithdrawalViewModel(MemberService members, Ledger ledger, WithdrawalService withdrawals,
                               ApprovalViewModel approval, UUID memberId, ScreenContext ui, BarcodeScanner scanner) {
        this.approval = approval;
        this.byNumber = new MemberNumberPick(members, ui, scanner, this::payTo);
        this.members = members;
        this.ledger = ledger;
        this.withdrawals = withdrawals;
        this.memberId = memberId;
        this.ui = ui;
        this.m = ui.messages();
    }

    private record Loaded(Member member, long balance) {
    }

    public void load() {
        approval.load();
        UUID id = memberId;
        ui.async().run(() -> new Loaded(members.get(id)
                        .orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_MEMBER, "memberId")), ledger.balance(id)),
                loaded -> {
                    if (!loaded.member().id().equals(memberId)) {
                        return;
                    }
                    memberName.set(loaded.member().name());
                    memberNumber.set(MemberNumberField.line(loaded.member(), m));
                    balance.set(loaded.balance());
                }, failure -> error.set(ui.explain(failure)));
    }

    /**
     * The member whose card was scanned or number typed: the withdrawal pays them instead (the
     * committee sees the name and balance change before anything is saved).
     */
    private void payTo(Member member) {
        if (busy.get()) {
            return;
        }
        memberId = member.id();
        amountError.set(null);
        load();
    }

    /**
     * The whole balance this phone knows, as the amount: a member who moved away, died or left is
     * paid out all their savings (the welfare fund is not theirs and stays).
     */
    public void takeAll() {
        if (balance.get() > 0) {
            amountText.set(CashFields.typed(m, balance.get()));
            amountError.set(null);
        }
    }

    /** Picking the member by the number on their card. */
    public MemberNumberPick byNumber() {
        return byNumber;
    }

    /** "เลขสมาชิก 0042-7", or that the number comes with the next sync. */
    public StringProperty memberNumber() {
        return memberNumber;
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        error.set(null);
        Parsed amount = NumberInput.parse(amountText.get(), 2);
        amountError.set(amountProblem(amount));
        ApprovalViewModel.Pending pending = approval.prepare();
        if (amountError.get() != null || pending == null) {
            return;
        }
        long satang = amount.value();
        busy.set(true);
        UUID payee = memberId;
        ui.async().run(() -> withdrawals.record(payee, satang, pending.approve()), paid -> {
            busy.set(false);
            approval.clearPins();
            ui.notifier().show(m.get("withdrawal.saved", m.format().baht(satang), m.format().baht(paid.balanceAfter()),
                    paid.number()));
            ui.routes().receiptOfNew(paid.entryId());
        }, failure -> {
            busy.set(false);
            if (!approval.showFailure(failure)) {
                FormSave.showFailure(ui, failure, Map.of("amount", amountError, "approvedBy", approval.error()), error);
            }
        });
    }

    /** The shared amount rule, then this phone's balance. */
    private String amountProblem(Parsed amount) {
        String problem = CashFields.amountProblem(m, amount, "withdrawal.amount");
        if (problem == null && amount.value() > balance.get()) {
            return m.reason(ReasonCode.BALANCE_TOO_LOW);
        }
        return problem;
    }

    public StringProperty memberName() {
        return memberName;
    }

    /** The balance known on this phone, in satang. */
    public LongProperty balance() {
        return balance;
    }

    /** The amount as typed, in baht. */
    public StringProperty amountText() {
        return amountText;
    }

    /** The first name as typed, where the bank has no roster yet. */
    public StringProperty paidBy() {
        return approval.firstName();
    }

    public StringProperty confirmedBy() {
        return approval.secondName();
    }

    public ApprovalViewModel approval() {
        return approval;
    }

    public StringProperty amountError() {
        return amountError;
    }

    public StringProperty approversError() {
        return approval.error();
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
