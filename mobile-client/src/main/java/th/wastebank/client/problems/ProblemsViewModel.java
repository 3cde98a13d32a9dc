package th.wastebank.client.problems;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.i18n.ThaiFormat;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.outbox.OutboxOp;
import th.wastebank.material.MaterialCatalogue;
import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.validation.ReasonCode;
import th.wastebank.village.VillageUpsert;

/**
 * Records the server refused (rejected outbox ops), each with what it was, the server's Thai reason
 * and when it was saved. "Retry" sends it again as it is (after the cause was fixed); "discard"
 * gives it up for good and needs a second tap to confirm. Both wake the sync engine.
 */
public final class ProblemsViewModel {
    private static final Logger LOG = Logger.getLogger(ProblemsViewModel.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A refused op as the list shows it. */
    public record Row(OutboxOp op, String what, String summary, String reason) {
    }

    private final Outbox outbox;
    private final ScreenContext ui;
    private final Messages m;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> discardCandidate = new SimpleObjectProperty<>();
    private final ChangeListener<Object> reload = (o, was, now) -> load();

    /** @param syncChanges ticks when a sync may have refused (or accepted) something */
    public ProblemsViewModel(Outbox outbox, ObservableValue<?> syncChanges, ScreenContext ui) {
        this.outbox = outbox;
        this.ui = ui;
        this.m = ui.messages();
        syncChanges.addListener(new WeakChangeListener<>(reload));
        m.languageProperty().addListener(new WeakChangeListener<>(reload));
        m.formatProperty().addListener(new WeakChangeListener<>(reload));
    }

    public void load() {
        ui.async().run(outbox::rejected, ops -> Lists.replaceIfChanged(rows, ops.stream().map(this::row).toList()),
                failure -> ui.notifier().show(ui.explain(failure)));
    }

    private Row row(OutboxOp op) {
        return new Row(op, m.get("problems.type." + op.type()), summary(op), reason(op));
    }

    private String reason(OutboxOp op) {
        if (m.thai() && op.reasonTh() != null) {
            return op.reasonTh();
        }
        try {
            return m.reason(ReasonCode.valueOf(op.reasonCode()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return op.reasonTh() != null ? op.reasonTh() : String.valueOf(op.reasonCode());
        }
    }

    /** A line saying which record this was: the member's name, the amount, the material and price. */
    private String summary(OutboxOp op) {
        Map<String, Object> p;
        try {
            p = JSON.readValue(op.payloadJson(), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "unreadable payload in outbox op " + op.seq(), e);
            return "";
        }
        ThaiFormat f = m.format();
        return switch (op.type()) {
            case "member.upsert" -> String.valueOf(p.get("name"));
            case "deposit.record" -> m.get("problems.summary.deposit", f.baht(number(p.get("total"))));
            case "withdrawal.record" -> m.get("problems.summary.withdrawal", f.baht(number(p.get("amount"))));
            case "price.set" -> m.get("problems.summary.price", materialName(p), f.pricePerKg(number(p.get("pricePerKg"))));
            case "entry.reverse" -> m.get("problems.summary.reversal", String.valueOf(p.get("reason")));
            case "product.upsert" -> String.valueOf(p.get("name"));
            case "milestone.record" -> m.get("problems.summary.step", number(p.get("step")));
            case "welfare.scheme.upsert" -> String.valueOf(p.get("name"));
            case "welfare.claim.file" -> m.get("problems.summary.claim", day(f, p.get("eventDate")));
            case "welfare.levy.run" -> m.get("problems.summary.levy", String.valueOf(p.get("reason")),
                    f.baht(number(p.get("total"))));
            case "welfare.payout.record" -> m.get("problems.summary.payout", f.baht(number(p.get("amount"))));
            case "welfare.fund.contribute" -> m.get("problems.summary.contribution", f.baht(number(p.get("amount"))));
            case "committee.upsert" -> String.valueOf(p.get("name"));
            case "buyer.upsert" -> String.valueOf(p.get("name"));
            case "sale.record" -> m.get("problems.summary.sale", day(f, p.get("day")), f.kg(saleGrams(p)),
                    f.baht(number(p.get("total"))));
            case "stock.adjust" -> m.get("problems.summary.stockAdjust", materialName(p), f.kg(number(p.get("grams"))));
            case "welfare.margin.run" -> m.get("problems.summary.marginRun", month(f, p.get("month")),
                    f.baht(number(p.get("amount"))));
            case "dividend.run" -> m.get("problems.summary.dividend", f.digits(String.valueOf(number(p.get("fiscalYear")))),
                    f.baht(number(p.get("total"))));
            case "village.upsert" -> VillageUpsert.label((int) number(p.get("number")),
                    p.get("name") instanceof String name ? name : null);
            case "sale.void" -> m.get("problems.summary.saleVoid", String.valueOf(p.get("reason")));
            case "savings.transfer" -> m.get("problems.summary.transfer", f.baht(number(p.get("amount"))));
            case "member.merge" -> m.get("problems.summary.merge");
            default -> op.type();
        };
    }

    private String materialName(Map<String, Object> p) {
        String code = String.valueOf(p.get("materialCode"));
        return MaterialCatalogue.find(code).map(x -> x.name(m.thai()))
                .orElse(p.get("nameTh") instanceof String name ? name : code);
    }

    private static String day(ThaiFormat f, Object isoDate) {
        try {
            return f.date(java.time.LocalDate.parse(String.valueOf(isoDate)));
        } catch (java.time.format.DateTimeParseException e) {
            return String.valueOf(isoDate);
        }
    }

    /** The grams of a sale's lines together. */
    private static long saleGrams(Map<String, Object> p) {
        return p.get("lines") instanceof List<?> lines ? lines.stream()
                .mapToLong(l -> l instanceof Map<?, ?> line ? number(line.get("grams")) : 0).sum() : 0;
    }

    private static String month(ThaiFormat f, Object isoMonth) {
        try {
            return f.month(java.time.YearMonth.parse(String.valueOf(isoMonth)));
        } catch (java.time.format.DateTimeParseException e) {
            return String.valueOf(isoMonth);
        }
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    public void retry(Row row) {
        ui.async().run(() -> {
            outbox.retry(row.op().seq());
            return null;
        }, done -> {
            ui.notifier().show(m.get("problems.retried"));
            load();
        }, failure -> ui.notifier().show(ui.explain(failure)));
    }

    /** First tap on "discard": asks for confirmation, discards nothing yet. */
    public void askDiscard(Row row) {
        discardCandidate.set(row);
    }

    public void cancelDiscard() {
        discardCandidate.set(null);
    }

    /** Second tap: the op (and a ledger entry or price only this phone had) is given up. */
    public void confirmDiscard() {
        Row row = discardCandidate.get();
        if (row == null) {
            return;
        }
        discardCandidate.set(null);
        ui.async().run(() -> {
            outbox.discard(row.op().seq());
            return null;
        }, done -> {
            ui.notifier().show(m.get("problems.discarded"));
            load();
        }, failure -> ui.notifier().show(ui.explain(failure)));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The row waiting for "yes, discard", or null. */
    public ObjectProperty<Row> discardCandidate() {
        return discardCandidate;
    }
}
