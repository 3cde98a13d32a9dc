package th.wastebank.client.member;

import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.platform.BarcodeScanner;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.member.MemberNumber;

/**
 * Picking a member by the number on their card (ADR 0014), for the deposit and withdrawal screens:
 * typed, typed by a USB scanner (which ends with Enter) or read by the phone's camera. A number that
 * is no member number, or one no member of this phone has, gets a Thai message beside the field and
 * picks no one. The card of a duplicate record merged into another (ADR 0019) picks the record kept,
 * and says so: the old card still works, and money never goes to the emptied record.
 */
public final class MemberNumberPick {
    private final MemberService members;
    private final ScreenContext ui;
    private final BarcodeScanner scanner;
    private final Consumer<Member> picked;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty notice = new SimpleStringProperty();

    /** @param picked what the screen does with the member the number names */
    public MemberNumberPick(MemberService members, ScreenContext ui, BarcodeScanner scanner, Consumer<Member> picked) {
        this.members = members;
        this.ui = ui;
        this.scanner = scanner;
        this.picked = picked;
    }

    /** Looks up the typed number (the field's Enter, a USB scanner's Enter). */
    public void pick() {
        String typed = text.get();
        if (typed == null || typed.isBlank()) {
            error.set(ui.messages().get("member.number.missing"));
            return;
        }
        Optional<Long> number = MemberNumber.parse(typed);
        if (number.isEmpty()) {
            error.set(ui.messages().get("member.number.invalid"));
            return;
        }
        ui.async().run(() -> members.byNumber(number.get()).map(card -> new Found(card, kept(card))), found -> {
            notice.set(null);
            if (found.isEmpty()) {
                error.set(ui.messages().get("member.number.unknown", MemberNumber.format(number.get())));
                return;
            }
            error.set(null);
            text.set("");
            Found f = found.get();
            if (f.kept() != f.card()) {
                notice.set(ui.messages().get("member.number.merged", f.card().writtenNumber(), f.card().name(),
                        f.kept().name()));
            }
            picked.accept(f.kept());
        }, failure -> error.set(ui.explain(failure)));
    }

    /** The card's member, and the member picked for it: the record kept when the card's was merged. */
    private record Found(Member card, Member kept) {
    }

    /** Follows merges to the record kept (a few at most: a record is merged into one never merged). */
    private Member kept(Member card) {
        Member at = card;
        for (int hops = 0; hops < 5 && at.standing().mergedInto() != null; hops++) {
            Optional<Member> into = members.get(at.standing().mergedInto());
            if (into.isEmpty()) {
                break;
            }
            at = into.get();
        }
        return at;
    }

    /** Reads a card with the camera, then picks as if the number had been typed. */
    public void scan() {
        ui.async().run(() -> scanner.scan(ui.messages().get("member.number.scanTitle")), read -> read.ifPresent(code -> {
            text.set(code);
            pick();
        }), failure -> error.set(ui.explain(failure)));
    }

    /** Whether the camera button is offered. */
    public boolean canScan() {
        return scanner.available();
    }

    public StringProperty text() {
        return text;
    }

    public StringProperty error() {
        return error;
    }

    /** Why another member than the card's was picked (the card's record was merged), else null. */
    public StringProperty notice() {
        return notice;
    }
}
