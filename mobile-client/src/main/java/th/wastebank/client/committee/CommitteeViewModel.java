package th.wastebank.client.committee;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;

/** The bank's committee roster: who is on it now and who was, whether each has a PIN on this phone. */
public final class CommitteeViewModel {
    private final CommitteeService committee;
    private final ScreenContext ui;
    private final ObservableList<CommitteeMember> members = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty();

    public CommitteeViewModel(CommitteeService committee, ScreenContext ui) {
        this.committee = committee;
        this.ui = ui;
    }

    public void load() {
        ui.async().run(committee::list, list -> Lists.replaceIfChanged(members, list),
                failure -> error.set(ui.explain(failure)));
    }

    public void add() {
        ui.routes().editCommitteeMember(null);
    }

    public void edit(CommitteeMember member) {
        ui.routes().editCommitteeMember(member.id());
    }

    public void setPin(CommitteeMember member) {
        ui.routes().committeePin(member.id());
    }

    /** In term today first, by seat; then those whose term ended. */
    public ObservableList<CommitteeMember> members() {
        return members;
    }

    public StringProperty error() {
        return error;
    }
}
