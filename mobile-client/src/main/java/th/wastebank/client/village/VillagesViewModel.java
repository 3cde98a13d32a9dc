package th.wastebank.client.village;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;

/** The อปท.'s villages by หมู่ที่, retired ones too (marked), with the ways to add and edit one. */
public final class VillagesViewModel {
    private final VillageService villages;
    private final ScreenContext ui;
    private final ObservableList<Village> list = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty();

    public VillagesViewModel(VillageService villages, ScreenContext ui) {
        this.villages = villages;
        this.ui = ui;
    }

    public void load() {
        ui.async().run(villages::list, all -> Lists.replaceIfChanged(list, all), failure -> error.set(ui.explain(failure)));
    }

    public void add() {
        ui.routes().editVillage(null);
    }

    public void edit(Village village) {
        ui.routes().editVillage(village.id());
    }

    public ObservableList<Village> villages() {
        return list;
    }

    public StringProperty error() {
        return error;
    }
}
