package th.wastebank.client.statement;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.platform.DocumentShare;
import th.wastebank.client.platform.ShareService;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.statement.BankBooks;
import th.wastebank.statement.FiscalTotals;
import th.wastebank.statement.MonthlyStatement;
import th.wastebank.statement.MonthlyStatements;
import th.wastebank.statement.doc.StatementPdf;
import th.wastebank.statement.doc.StatementText;
import th.wastebank.statement.doc.StatementXlsx;
import th.wastebank.year.FiscalYear;

/**
 * The bank's year and the committee's monthly statement, from this phone's own store (no signal
 * needed): this and last fiscal year's totals, a month's statement (last month by default, never a
 * month to come), and the statement shared as PDF or spreadsheet, drawn by the same code as the
 * server's download.
 */
public final class StatementViewModel {
    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StatementService service;
    private final DocumentShare share;
    private final ScreenContext ui;
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<MonthlyStatement> statement = new SimpleObjectProperty<>();
    private final ObservableList<FiscalTotals> years = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty shared = new SimpleStringProperty();

    public StatementViewModel(StatementService service, DocumentShare share, ScreenContext ui) {
        this.service = service;
        this.share = share;
        this.ui = ui;
        month.set(YearMonth.from(service.today()).minusMonths(1));
    }

    private record Loaded(MonthlyStatement statement, List<FiscalTotals> years) {
    }

    public void load() {
        YearMonth shown = month.get();
        LocalDate today = service.today();
        busy.set(true);
        ui.async().run(() -> {
            BankBooks books = service.books();
            return new Loaded(MonthlyStatements.of(books, shown),
                    FiscalTotals.currentAndPrevious(books, FiscalYear.of(today)));
        }, l -> {
            busy.set(false);
            statement.set(l.statement());
            years.setAll(l.years());
            error.set(null);
        }, failure -> {
            busy.set(false);
            error.set(ui.explain(failure));
        });
    }

    public void previousMonth() {
        month.set(month.get().minusMonths(1));
        load();
    }

    /** The next month, but never past this one. */
    public void nextMonth() {
        if (month.get().isBefore(YearMonth.from(service.today()))) {
            month.set(month.get().plusMonths(1));
            load();
        }
    }

    public void sharePdf() {
        shareAs("pdf", PDF);
    }

    public void shareXlsx() {
        shareAs("xlsx", XLSX);
    }

    private void shareAs(String extension, String mimeType) {
        MonthlyStatement s = statement.get();
        if (s == null || busy.get()) {
            return;
        }
        LocalDate today = service.today();
        busy.set(true);
        ui.async().run(() -> {
            byte[] bytes = "pdf".equals(extension) ? StatementPdf.render(s, today) : StatementXlsx.render(s, today);
            try {
                return share.share(StatementText.fileName(s, extension), bytes, mimeType,
                        StatementText.TITLE + " " + StatementText.month(s.month()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, (ShareService.Shared done) -> {
            busy.set(false);
            shared.set(done.handedToOtherApp() ? null : done.file().toString());
            ui.notifier().show(done.handedToOtherApp() ? ui.messages().text("statement.shared").get()
                    : ui.messages().text("statement.saved", done.file().toString()).get());
        }, failure -> {
            busy.set(false);
            error.set(ui.messages().text("statement.shareFailed").get());
        });
    }

    public ObjectProperty<YearMonth> month() {
        return month;
    }

    public ObjectProperty<MonthlyStatement> statement() {
        return statement;
    }

    public ObservableList<FiscalTotals> years() {
        return years;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public StringProperty error() {
        return error;
    }

    /** Where the last statement was saved, when no other app took it (a desktop). */
    public StringProperty shared() {
        return shared;
    }
}
