package th.wastebank.client.transfer;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import th.wastebank.client.committee.ApprovalView;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.member.MemberNumberField;
import th.wastebank.client.member.MemberPickerView;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.client.ui.WrappingLabel;

/** Merging a duplicate: the duplicate, the member to keep (search), the preview, two PINs, save. */
public final class MergeView implements Screen {
    private final MergeViewModel vm;
    private final Messages m;
    private final Node root;

    public MergeView(MergeViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        Label duplicate = new WrappingLabel();
        duplicate.setId("merge-duplicate");
        duplicate.getStyleClass().add("passbook-name");
        duplicate.textProperty().bind(Bindings.createStringBinding(() -> vm.duplicate().get() == null ? ""
                : vm.duplicate().get().name(), vm.duplicate()));
        Label number = Widgets.label(Bindings.createStringBinding(() -> vm.duplicate().get() == null ? ""
                : MemberNumberField.line(vm.duplicate().get(), m), vm.duplicate(), m.languageProperty()), "muted");
        Label balance = Widgets.label(m.text("merge.balance",
                m.formatted(vm.duplicateBalance(), (f, s) -> f.baht(s.longValue()))), "muted");
        balance.setId("merge-duplicate-balance");

        MemberPickerView keep = new MemberPickerView("merge", m.text("merge.keep"), vm.search(), vm.keep(),
                vm.keepError(), vm::pick, vm::pickAgain, m);

        Label preview = new WrappingLabel();
        preview.setId("merge-preview");
        preview.textProperty().bind(vm.preview());
        VBox previewCard = Widgets.card("merge-preview-card", Widgets.label(m.text("merge.previewTitle"), "section-title"),
                preview);
        previewCard.visibleProperty().bind(vm.keep().isNotNull());
        previewCard.managedProperty().bind(previewCard.visibleProperty());

        Button save = Widgets.button("merge-save", m.text("merge.save"), "primary");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());

        VBox form = new VBox(Widgets.card(null, Widgets.label(m.text("merge.duplicate"), "field-caption"), duplicate,
                number, balance), keep.node(), previewCard,
                ApprovalView.withTypedNames(vm.approval(), m, "merge"),
                Widgets.error("merge-error", vm.error()), save);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("merge.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public MergeViewModel viewModel() {
        return vm;
    }
}
