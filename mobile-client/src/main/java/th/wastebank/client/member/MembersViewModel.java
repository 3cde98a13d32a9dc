package th.wastebank.client.member;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;

import th.wastebank.client.ui.ScreenContext;

/** The members list: search, the count, and the way to a member's passbook, to edit, to register. */
public final class MembersViewModel {
    private final MemberService members;
    private final ScreenContext ui;
    private final MemberSearch search;
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final IntegerProperty left = new SimpleIntegerProperty();
    private final ChangeListener<Object> reloadAfterSync = (o, was, now) -> refresh();

    /** @param syncChanges ticks when a sync may have changed members or their sync state */
    public MembersViewModel(MemberService members, ObservableValue<?> syncChanges, ScreenContext ui) {
        this.members = members;
        this.ui = ui;
        this.search = new MemberSearch(members, ui);
        syncChanges.addListener(new WeakChangeListener<>(reloadAfterSync));
    }

    public void refresh() {
        search.refresh();
        ui.async().run(members::counts, counts -> {
            total.set(counts.active());
            left.set(counts.left());
        }, failure -> ui.notifier().show(ui.explain(failure)));
    }

    public void open(Member member) {
        ui.routes().passbook(member.id());
    }

    public void edit(Member member) {
        ui.routes().editMember(member.id());
    }

    public void register() {
        ui.routes().registerMember();
    }

    /** The อปท.'s list of villages, which the member form picks from. */
    public void villages() {
        ui.routes().villages();
    }

    public MemberSearch search() {
        return search;
    }

    /** How many members the bank has today on this phone (not those who moved away, died, left or were merged). */
    public IntegerProperty total() {
        return total;
    }

    /** How many members have moved away, died, left or been merged. */
    public IntegerProperty left() {
        return left;
    }
}
