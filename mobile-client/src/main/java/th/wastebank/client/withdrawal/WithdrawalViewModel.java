package th.wastebank.client.withdrawal;

import java.util.Locale;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.NumberInput;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.client.common.NumberInput.Parsed;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Paying a member out of their savings: the amount in baht, never above the balance this phone
 * knows, paid by one committee member and confirmed by a second, different one. The service checks
 * the same rules again inside its transaction.
 */
public final class WithdrawalViewModel {
    private final MemberService members;
    private final Ledger ledger;
    private final WithdrawalService withdrawals;
    private final UUID memberId;
    private final ScreenContext ui;
    private final Messages m;

    private final StringProperty memberName = new SimpleStringProperty("");
    private final LongProperty balance = new SimpleLongProperty();
    private final StringProperty amountText = new SimpleStringProperty("");
    private final StringProperty paidBy = new SimpleStringProperty("");
    private final StringProperty confirmedBy = new SimpleStringProperty("");
    private final StringProperty amountError = new SimpleStringProperty();
    private final StringProperty approversError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public WithdrawalViewModel(MemberService members, Ledger ledger, WithdrawalService withdrawals,
                               UUID memberId, ScreenContext ui) {
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
        ui.async().run(() -> new Loaded(members.get(memberId)
                        .orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_MEMBER, "memberId")), ledger.balance(memberId)),
                loaded -> {
                    memberName.set(loaded.member().name());
                    balance.set(loaded.balance());
                }, failure -> error.set(ui.explain(failure)));
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        error.set(null);
        Parsed amount = NumberInput.parse(amountText.get(), 2);
        amountError.set(amountProblem(amount));
        approversError.set(approversProblem());
        if (amountError.get() != null || approversError.get() != null) {
            return;
        }
        long satang = amount.value();
        String payer = paidBy.get().strip();
        String confirmer = confirmedBy.get().strip();
        busy.set(true);
        ui.async().run(() -> {
            WithdrawalService.Paid paid = withdrawals.record(memberId, satang, payer, confirmer);
            return paid;
        }, paid -> {
            busy.set(false);
            ui.notifier().show(m.get("withdrawal.saved", m.format().baht(satang), m.format().baht(paid.balanceAfter()),
                    paid.number()));
            ui.routes().back();
        }, failure -> {
            busy.set(false);
            if (failure instanceof Invalid invalid) {
                for (Violation v : invalid.violations()) {
                    String text = m.reason(v.code(), v.field());
                    switch (v.field() == null ? "" : v.field()) {
                        case "amount" -> amountError.set(text);
                        case "approvedBy" -> approversError.set(text);
                        default -> error.set(text);
                    }
                }
            } else {
                error.set(ui.explain(failure));
            }
        });
    }

    private String amountProblem(Parsed amount) {
        if (!amount.ok()) {
            return switch (amount.problem()) {
                case EMPTY -> m.get("withdrawal.amount.missing");
                case NOT_A_NUMBER -> m.get("withdrawal.amount.notNumber");
                case TOO_MANY_DECIMALS -> m.get("withdrawal.amount.tooPrecise");
                case TOO_LARGE -> m.reason(ReasonCode.AMOUNT_TOO_LARGE);
            };
        }
        if (amount.value() <= 0) {
            return m.reason(ReasonCode.AMOUNT_NOT_POSITIVE);
        }
        if (amount.value() > Limits.MAX_AMOUNT) {
            return m.reason(ReasonCode.AMOUNT_TOO_LARGE);
        }
        if (amount.value() > balance.get()) {
            return m.reason(ReasonCode.BALANCE_TOO_LOW);
        }
        return null;
    }

    private String approversProblem() {
        String payer = paidBy.get() == null ? "" : paidBy.get().strip();
        String confirmer = confirmedBy.get() == null ? "" : confirmedBy.get().strip();
        if (payer.isEmpty() || confirmer.isEmpty()
                || payer.toLowerCase(Locale.ROOT).equals(confirmer.toLowerCase(Locale.ROOT))) {
            return m.reason(ReasonCode.APPROVERS_REQUIRED);
        }
        return null;
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

    public StringProperty paidBy() {
        return paidBy;
    }

    public StringProperty confirmedBy() {
        return confirmedBy;
    }

    public StringProperty amountError() {
        return amountError;
    }

    public StringProperty approversError() {
        return approversError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
