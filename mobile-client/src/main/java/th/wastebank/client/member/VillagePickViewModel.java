package th.wastebank.client.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.client.village.Village;
import th.wastebank.client.village.VillageService;
import th.wastebank.member.Membership;
import th.wastebank.village.VillageUpsert;

/**
 * The member form's village, picked from the อปท.'s list instead of typed: "ไม่ระบุ", then each village
 * not retired by หมู่ที่. Picking one sets the member's {@code villageNo} and their village text to its
 * label ("หมู่ที่ 4 บ้านหนองบัว"). The member's own village stays offered even when retired, and a
 * village typed before the list existed is shown as typed until a village is picked. With no village
 * in the list yet, the form says so and offers to add one.
 */
public final class VillagePickViewModel {
    /** A line of the picker: the หมู่ที่ it sets (null: none), the text the member's record keeps, what it shows. */
    public record Choice(Integer villageNo, String text, String shown) {
    }

    private final VillageService villages;
    private final ScreenContext ui;
    private final Messages m;
    private final Choice none;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> picked = new SimpleObjectProperty<>();
    private final BooleanProperty noVillages = new SimpleBooleanProperty();
    private List<Village> list = List.of();
    private Integer memberNo;
    private String memberText;

    public VillagePickViewModel(VillageService villages, ScreenContext ui) {
        this.villages = villages;
        this.ui = ui;
        this.m = ui.messages();
        this.none = new Choice(null, null, m.get("member.village.none"));
        rebuild();
    }

    /** Reads the list again (on showing the form, and back from adding a village). */
    public void refresh() {
        ui.async().run(villages::list, all -> {
            list = all;
            rebuild();
        }, failure -> {
            list = List.of();
            rebuild();
        });
    }

    /** The village the member's record has (a number picked before, or text typed before the list). */
    public void show(Integer villageNo, String typed) {
        memberNo = villageNo;
        memberText = Membership.village(typed);
        rebuild();
        picked.set(memberChoice());
    }

    /** Opens the form to add a village to the list. */
    public void addVillage() {
        ui.routes().editVillage(null);
    }

    private Choice of(Village v) {
        return new Choice(v.number(), v.label(), v.retired() ? m.get("member.village.retired", v.label()) : v.label());
    }

    /** The member's own village as a line of the picker. */
    private Choice memberChoice() {
        if (memberNo != null) {
            List<Village> same = list.stream().filter(v -> v.number() == memberNo).toList();
            return same.stream().filter(v -> v.label().equals(memberText)).findFirst().or(() -> same.stream().findFirst())
                    .map(this::of).orElseGet(() -> {
                        String text = memberText == null ? VillageUpsert.label(memberNo, null)
                                : memberText;
                        return new Choice(memberNo, text, text);
                    });
        }
        return memberText == null ? none : new Choice(null, memberText, m.get("member.village.typed", memberText));
    }

    private void rebuild() {
        Choice kept = picked.get();
        Choice own = memberChoice();
        List<Choice> out = new ArrayList<>();
        out.add(none);
        if (own != none && own.villageNo() == null) {
            out.add(own); // typed before the list: shown until a village is picked
        }
        for (Village v : list) {
            if (!v.retired() || Objects.equals(memberNo, v.number())) {
                out.add(of(v));
            }
        }
        if (!out.contains(own)) {
            out.add(own);
        }
        choices.setAll(out);
        noVillages.set(list.stream().allMatch(Village::retired));
        picked.set(kept != null && out.contains(kept) ? kept : own);
    }

    /** "ไม่ระบุ", then the villages to pick from. */
    public ObservableList<Choice> choices() {
        return choices;
    }

    public ObjectProperty<Choice> picked() {
        return picked;
    }

    /** True while the list has no village to pick: the form says so and offers to add one. */
    public BooleanProperty noVillages() {
        return noVillages;
    }

    /** The หมู่ที่ the member's op carries, or null. */
    public Integer villageNo() {
        return picked.get() == null ? null : picked.get().villageNo();
    }

    /** The village text the member's op carries, or null. */
    public String text() {
        return picked.get() == null ? null : picked.get().text();
    }
}
