package th.wastebank.client.member;

import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;

/**
 * Finding a member by name, house number or village as the user types, for the members list and
 * the deposit screen. Searches run one after another on the background executor, so the list
 * always ends with the answer to the latest text.
 */
public final class MemberSearch {
    public static final int LIMIT = 200;

    private final MemberService members;
    private final ScreenContext ui;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Member> results = FXCollections.observableArrayList();

    public MemberSearch(MemberService members, ScreenContext ui) {
        this.members = members;
        this.ui = ui;
        query.addListener((o, was, now) -> refresh());
    }

    public void refresh() {
        String q = query.get();
        ui.async().run(() -> members.search(q, LIMIT), (List<Member> found) -> Lists.replaceIfChanged(results, found),
                failure -> ui.notifier().show(ui.explain(failure)));
    }

    /** The member form, from a search that found no one (a first day, or a newcomer at the scale). */
    public void registerMember() {
        ui.routes().registerMember();
    }

    public StringProperty query() {
        return query;
    }

    public ObservableList<Member> results() {
        return results;
    }
}
