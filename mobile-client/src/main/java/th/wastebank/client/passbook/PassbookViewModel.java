package th.wastebank.client.passbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.ledger.EntryKind;
import th.wastebank.transfer.TransferPostings;
import th.wastebank.validation.ReasonCode;

/**
 * A member's passbook (สมุดบัญชี): the balance, and every entry newest first with the balance
 * after it, its kind, date and sync state. A reversed entry stays, marked as reversed, with its
 * reversal beside it; the balance is always the sum. Welfare levies are savings entries like any
 * other; welfare paid to the member comes out of the fund, so it is listed among the entries but
 * never changes the savings balance.
 */
public final class PassbookViewModel {
    /**
     * An entry with the member's savings balance right after it.
     *
     * @param fromFund true for the welfare fund's entries naming the member (welfare paid to them, or
     *                 its reversal): shown in the passbook, outside the savings balance
     * @param receiptNumber the number the member was given (a deposit's or a withdrawal's), else null
     * @param counterpart   for savings moved between two members (an heir's transfer, a merge), the other
     *                      member, else null
     * @param incoming      with a counterpart: true when the money came from them, false when it went to them
     */
    public record Row(LedgerEntry entry, long balanceAfter, boolean fromFund, String receiptNumber, Member counterpart,
                      boolean incoming) {
        /** Only a savings entry that is not itself a reversal and has not been reversed can be reversed here. */
        public boolean reversible() {
            return !fromFund && entry.kind() != EntryKind.REVERSAL && !entry.kind().betweenMembers()
                    && !entry.reversed();
        }

        /** What the member gained (+) or lost (-): a payout from the fund counts as received. */
        public long amountForMember() {
            return fromFund ? -entry.amount() : entry.amount();
        }

        public boolean hasReceipt() {
            return entry.kind() == EntryKind.DEPOSIT || entry.kind() == EntryKind.WITHDRAWAL;
        }
    }

    private final MemberService members;
    private final Ledger ledger;
    private final UUID memberId;
    private final ScreenContext ui;
    private final ObjectProperty<Member> member = new SimpleObjectProperty<>();
    private final LongProperty balance = new SimpleLongProperty();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ChangeListener<Object> reloadAfterSync = (o, was, now) -> load();

    /** @param syncChanges ticks when a sync may have added entries or changed their sync state */
    public PassbookViewModel(MemberService members, Ledger ledger, UUID memberId, ObservableValue<?> syncChanges,
                             ScreenContext ui) {
        this.members = members;
        this.ledger = ledger;
        this.memberId = memberId;
        this.ui = ui;
        syncChanges.addListener(new WeakChangeListener<>(reloadAfterSync));
    }

    private record Loaded(Member member, List<Row> rows, long balance) {
    }

    public void load() {
        ui.async().run(() -> {
            Member who = members.get(memberId).orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_MEMBER, "memberId"));
            List<LedgerEntry> fund = ledger.fundEntriesOf(memberId);
            Set<UUID> fundIds = fund.stream().map(LedgerEntry::id).collect(Collectors.toSet());
            List<LedgerEntry> all = new ArrayList<>(ledger.entriesOf(memberId));
            all.addAll(fund);
            all.sort(Comparator.comparing(LedgerEntry::occurredAt).thenComparing(LedgerEntry::id));
            List<Row> history = new ArrayList<>();
            long running = 0;
            for (LedgerEntry e : all) {
                boolean fromFund = fundIds.contains(e.id());
                if (!fromFund) {
                    running += e.amount();
                }
                Member other = e.kind().betweenMembers() ? ledger.counterpartOf(e.id())
                        .flatMap(members::get).orElse(null) : null;
                history.add(new Row(e, running, fromFund,
                        e.kind().numbered() ? ledger.receiptNumber(e.id()) : null, other,
                        e.amount() > 0 || e.amount() == 0 && ledger.entry(TransferPostings.creditId(e.id())).isEmpty()));
            }
            Collections.reverse(history);
            return new Loaded(who, history, running);
        }, loaded -> {
            member.set(loaded.member());
            Lists.replaceIfChanged(rows, loaded.rows());
            balance.set(loaded.balance());
        }, failure -> ui.notifier().show(ui.explain(failure)));
    }

    public void deposit() {
        ui.routes().deposit(memberId);
    }

    public void withdraw() {
        ui.routes().withdrawal(memberId);
    }

    public void reverse(Row row) {
        if (row.reversible()) {
            ui.routes().reversal(row.entry().id());
        }
    }

    public void openReceipt(Row row) {
        if (row.hasReceipt()) {
            ui.routes().receipt(row.entry().id());
        }
    }

    /** The passbook of the other member of a transfer or a merge (a merged duplicate is reached this way). */
    public void openCounterpart(Row row) {
        if (row.counterpart() != null) {
            ui.routes().passbook(row.counterpart().id());
        }
    }

    /** Merging this member, registered twice, into the member kept. */
    public void mergeMember() {
        ui.routes().mergeMember(memberId);
    }

    /** This member's savings to their heir (a member who died or left). */
    public void heirTransfer() {
        ui.routes().heirTransfer(memberId);
    }

    public void editMember() {
        ui.routes().editMember(memberId);
    }

    public ObjectProperty<Member> member() {
        return member;
    }

    /**
     * True while the balance is below zero: two phones paid out from the same savings before either
     * saw the other's withdrawal (each phone checks only what it knows); the server flags it for
     * the officers. The screen says so beside the number.
     */
    public BooleanBinding overdrawn() {
        return balance.lessThan(0);
    }

    /** The balance in satang: the sum of every entry on this phone, sent or not. */
    public LongProperty balance() {
        return balance;
    }

    /** Newest first. */
    public ObservableList<Row> rows() {
        return rows;
    }
}
