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
 * picks no one.
 */
public final class MemberNumberPick {
    private final MemberService members;
    private final ScreenContext ui;
    private final BarcodeScanner scanner;
    private final Consumer<Member> picked;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();

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
        ui.async().run(() -> members.byNumber(number.get()), found -> {
            if (found.isEmpty()) {
                error.set(ui.messages().get("member.number.unknown", MemberNumber.format(number.get())));
                return;
            }
            error.set(null);
            text.set("");
            picked.accept(found.get());
        }, failure -> error.set(ui.explain(failure)));
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
}
