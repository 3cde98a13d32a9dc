package th.wastebank.client.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.i18n.ThaiFormat;
import th.wastebank.client.product.Product;
import th.wastebank.client.product.ProductService;
import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.progress.IncomeModel;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.progress.NetworkGroup;
import th.wastebank.progress.VideoUrl;

/**
 * Where the อปท. stands in the five steps of "1 อปท. 1 ผลิตภัณฑ์": each step with the date and the
 * evidence of its latest record (this phone's or another phone's; step 4 with the reasons of its unmet
 * checklist items), and the way to record it.
 */
public final class StepsViewModel {
    private final MilestoneService milestones;
    private final ProductService products;
    private final ScreenContext ui;
    private final ObservableList<StepRow> rows = FXCollections.observableArrayList();
    private final ChangeListener<Object> reload = (o, was, now) -> refresh();

    /** @param syncChanges ticks when a sync may have brought another phone's steps */
    public StepsViewModel(MilestoneService milestones, ProductService products, ObservableValue<?> syncChanges,
                          ScreenContext ui) {
        this.milestones = milestones;
        this.products = products;
        this.ui = ui;
        syncChanges.addListener(new WeakChangeListener<>(reload));
        ui.messages().languageProperty().addListener(new WeakChangeListener<>(reload));
    }

    public void refresh() {
        ui.async().run(() -> new Snapshot(milestones.latestPerStep(),
                products.list().stream().collect(Collectors.toMap(Product::id, Function.identity()))),
                s -> Lists.replaceIfChanged(rows, rows(s)), failure -> ui.notifier().show(ui.explain(failure)));
    }

    private record Snapshot(Map<MilestoneStep, Milestone> latest, Map<UUID, Product> products) {
    }

    private List<StepRow> rows(Snapshot s) {
        List<StepRow> out = new ArrayList<>();
        for (MilestoneStep step : MilestoneStep.values()) {
            Milestone latest = s.latest().get(step);
            out.add(new StepRow(step, latest, latest == null ? "" : evidence(latest, s.products())));
        }
        return out;
    }

    private String evidence(Milestone r, Map<UUID, Product> products) {
        Messages m = ui.messages();
        ThaiFormat f = m.format();
        return switch (r.step()) {
            case MEETING -> m.get("steps.evidence.meeting", models(m, r)) + groups(m, r.evidence());
            case TRAINING -> m.get("steps.evidence.training",
                    m.get("steps.activity." + (r.activity() == null ? "TRAINING" : r.activity())),
                    r.participants() == null ? "" : f.number(r.participants()));
            case PRODUCT -> m.get("steps.evidence.product", r.productId() != null && products.containsKey(r.productId())
                    ? products.get(r.productId()).name() : "") + earnings(m, r.evidence());
            case VIDEO -> m.get("steps.evidence.video", link(m, r.videoUrl()), length(m, r.videoSeconds()))
                    + unmet(m, r);
            case REPORTED -> m.get("steps.evidence.reported", link(m, r.videoUrl()));
        };
    }

    /** Step 1's income models as picked (each "other" by its name), or the free text an older step typed. */
    private static String models(Messages m, Milestone r) {
        List<String> names = new ArrayList<>();
        for (String code : r.evidence().incomeModels()) {
            IncomeModel.parse(code).ifPresent(model -> names.add(model == IncomeModel.OTHER
                    && r.evidence().incomeModelOther() != null ? r.evidence().incomeModelOther()
                    : m.thai() ? model.nameTh() : model.nameEn()));
        }
        if (names.isEmpty() && r.incomeModel() != null) {
            names.add(r.incomeModel());
        }
        return String.join(", ", names);
    }

    /** Step 1's groups met on a line of their own, or "". */
    private static String groups(Messages m, Milestone.Evidence e) {
        List<String> names = new ArrayList<>();
        for (String code : e.groups()) {
            NetworkGroup.parse(code).ifPresent(group -> names.add(group == NetworkGroup.OTHER && e.groupOther() != null
                    ? e.groupOther() : m.thai() ? group.nameTh() : group.nameEn()));
        }
        return names.isEmpty() ? "" : "\n" + m.get("steps.evidence.groups", String.join(", ", names));
    }

    /** Step 3's income earned and people working on a line of their own, or "" when neither was given. */
    private static String earnings(Messages m, Milestone.Evidence e) {
        if (e.incomeSatang() == null && e.workers() == null) {
            return "";
        }
        ThaiFormat f = m.format();
        return "\n" + m.get("steps.evidence.earnings", e.incomeSatang() == null ? "–" : f.baht(e.incomeSatang()),
                e.workers() == null ? "–" : f.number(e.workers()));
    }

    /** Step 4's unmet checklist items on a line of their own ("ยังไม่เป็นไปตามหนังสือสั่งการ: …"), or "". */
    private static String unmet(Messages m, Milestone r) {
        List<String> reasons = r.checklist().reasons(m.thai());
        return reasons.isEmpty() ? "" : "\n" + m.get("steps.unmet", String.join(" · ", reasons));
    }

    /** The link as kept, marked "ลิงก์แบบย่อ" when it is a short link. */
    private static String link(Messages m, String url) {
        return nz(url) + (VideoUrl.isShortLink(url) ? " · " + m.get("video.shortLink") : "");
    }

    /** "4 นาที 45 วินาที". */
    static String length(Messages m, Long seconds) {
        if (seconds == null) {
            return "";
        }
        return m.get("steps.length", m.format().number(seconds / 60), m.format().number(seconds % 60));
    }

    public void record(MilestoneStep step) {
        ui.routes().recordStep(step);
    }

    public ObservableList<StepRow> rows() {
        return rows;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
