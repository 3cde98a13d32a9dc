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
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberNumberField;
import th.wastebank.client.member.MemberSearch;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.ui.FormSave;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.validation.ReasonCode;

/**
 * Merging a member registered twice (ADR 0019), from the duplicate's passbook: pick the member to
 * keep (by search), read the preview (both names, numbers and balances, and what happens), two
 * committee members approve with their PINs, and the duplicate's balance moves to the one kept.
 */
public final class MergeViewModel {
    private final MemberService members;
    private final Ledger ledger;
    private final MoveService moves;
    private final ApprovalViewModel approval;
    private final UUID duplicateId;
    private final ScreenContext ui;
    private final Messages m;
    private final MemberSearch search;

    private final ObjectProperty<Member> duplicate = new SimpleObjectProperty<>();
    private final LongProperty duplicateBalance = new SimpleLongProperty();
    private final ObjectProperty<Member> keep = new SimpleObjectProperty<>();
    private final LongProperty keepBalance = new SimpleLongProperty();
    private final StringProperty preview = new SimpleStringProperty("");
    private final StringProperty keepError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public MergeViewModel(MemberService members, Ledger ledger, MoveService moves, ApprovalViewModel approval,
                          UUID duplicateId, ScreenContext ui) {
        this.members = members;
        this.ledger = ledger;
        this.moves = moves;
        this.approval = approval;
        this.duplicateId = duplicateId;
        this.ui = ui;
        this.m = ui.messages();
        this.search = new MemberSearch(members, ui);
    }

    public void load() {
        approval.load();
        search.refresh();
        ui.async().run(() -> MemberBalance.read(members, ledger, duplicateId, "fromMemberId"), loaded -> {
            duplicate.set(loaded.member());
            duplicateBalance.set(loaded.balance());
            showPreview();
        }, failure -> error.set(ui.explain(failure)));
    }

    /** The member to keep, tapped in the search: the duplicate itself is refused beside the field. */
    public void pick(Member member) {
        keepError.set(null);
        if (member.id().equals(duplicateId)) {
            keepError.set(m.reason(ReasonCode.MERGE_SAME_MEMBER));
            return;
        }
        ui.async().run(() -> MemberBalance.read(members, ledger, member.id(), "intoMemberId"), loaded -> {
            keep.set(loaded.member());
            keepBalance.set(loaded.balance());
            showPreview();
        }, failure -> error.set(ui.explain(failure)));
    }

    /** Choosing the member to keep again. */
    public void pickAgain() {
        keep.set(null);
        preview.set("");
    }

    private void showPreview() {
        Member from = duplicate.get();
        Member into = keep.get();
        if (from == null || into == null) {
            preview.set("");
            return;
        }
        preview.set(m.get("merge.preview", who(from), m.format().baht(duplicateBalance.get()), who(into),
                m.format().baht(keepBalance.get()), m.format().baht(keepBalance.get() + duplicateBalance.get())));
    }

    private String who(Member member) {
        String number = MemberNumberField.line(member, m);
        return member.name() + (number.isEmpty() ? "" : " (" + number + ")");
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        error.set(null);
        keepError.set(keep.get() == null ? m.reason(ReasonCode.MEMBER_REQUIRED) : null);
        ApprovalViewModel.Pending pending = approval.prepare();
        if (keepError.get() != null || pending == null) {
            return;
        }
        UUID into = keep.get().id();
        String keptName = keep.get().name();
        busy.set(true);
        ui.async().run(() -> moves.merge(duplicateId, into, pending.approve()), moved -> {
            busy.set(false);
            approval.clearPins();
            ui.notifier().show(m.get("merge.saved", duplicate.get() == null ? "" : duplicate.get().name(), keptName,
                    m.format().baht(moved.amount()), m.format().baht(moved.receiverBalanceAfter())));
            ui.routes().back();
        }, failure -> {
            busy.set(false);
            if (!approval.explainFailure(failure)) {
                FormSave.showFailure(ui, failure, Map.of("intoMemberId", keepError, "fromMemberId", error), error);
            }
        });
    }

    public MemberSearch search() {
        return search;
    }

    public ObjectProperty<Member> duplicate() {
        return duplicate;
    }

    public LongProperty duplicateBalance() {
        return duplicateBalance;
    }

    public ObjectProperty<Member> keep() {
        return keep;
    }

    public LongProperty keepBalance() {
        return keepBalance;
    }

    /** Both names, numbers and balances, and what the merge does, once the member to keep is picked. */
    public StringProperty preview() {
        return preview;
    }

    public ApprovalViewModel approval() {
        return approval;
    }

    public StringProperty keepError() {
        return keepError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
