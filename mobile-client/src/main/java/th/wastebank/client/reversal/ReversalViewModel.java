package th.wastebank.client.reversal;

import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.validation.ReasonCode;

/**
 * Reversing a mistaken entry (กลับรายการ): the entry is shown, a reason is required, and saving adds
 * the opposite entry that names it. The original is never edited or deleted.
 */
public final class ReversalViewModel {
    private final Ledger ledger;
    private final MemberService members;
    private final ReversalService reversals;
    private final UUID entryId;
    private final ScreenContext ui;
    private final Messages m;

    private final ObjectProperty<LedgerEntry> entry = new SimpleObjectProperty<>();
    private final StringProperty memberName = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty reasonError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ReversalViewModel(Ledger ledger, MemberService members, ReversalService reversals,
                             UUID entryId, ScreenContext ui) {
        this.ledger = ledger;
        this.members = members;
        this.reversals = reversals;
        this.entryId = entryId;
        this.ui = ui;
        this.m = ui.messages();
    }

    private record Loaded(LedgerEntry entry, String memberName) {
    }

    public void load() {
        ui.async().run(() -> {
            LedgerEntry e = ledger.entry(entryId).orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_ENTRY, "entryId"));
            String name = e.memberId() == null ? "" : members.get(e.memberId()).map(Member::name).orElse("");
            return new Loaded(e, name);
        }, loaded -> {
            entry.set(loaded.entry());
            memberName.set(loaded.memberName());
        }, failure -> error.set(ui.explain(failure)));
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        error.set(null);
        String why = reason.get() == null ? "" : reason.get().strip();
        reasonError.set(why.isEmpty() ? m.reason(ReasonCode.REASON_REQUIRED) : null);
        if (reasonError.get() != null) {
            return;
        }
        busy.set(true);
        ui.async().run(() -> {
            LedgerEntry reversal = reversals.reverse(entryId, why);
            return reversal;
        }, reversal -> {
            busy.set(false);
            ui.notifier().show(m.get("reversal.saved"));
            ui.routes().back();
        }, failure -> {
            busy.set(false);
            error.set(ui.explain(failure));
        });
    }

    /** The entry to reverse (null until loaded). */
    public ObjectProperty<LedgerEntry> entry() {
        return entry;
    }

    public StringProperty memberName() {
        return memberName;
    }

    public StringProperty reason() {
        return reason;
    }

    public StringProperty reasonError() {
        return reasonError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
