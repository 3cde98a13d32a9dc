package th.wastebank.client.welfare;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.NumberInput;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.CashFields;
import th.wastebank.client.ui.FormSave;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.Funding;
import th.wastebank.welfare.SchemeUpsert;
import th.wastebank.welfare.WelfareType;

/**
 * Setting up or editing a welfare scheme: its kind and name, what a claim pays (a fixed amount, or
 * so much a day up to a number of days), who may claim (months of membership, deposits over the
 * last months) and where the fund's money comes from (a levy per event, an annual fee, a share of
 * deposits, or the sale margin), and whether it takes claims. Amounts are typed in baht, the share
 * in percent; the service checks the server's rules again.
 */
public final class SchemeFormViewModel {
    private final SchemeService schemes;
    private final ScreenContext ui;
    private final Messages m;
    private final UUID schemeId;

    private final ObjectProperty<WelfareType> kind = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty perDay = new SimpleBooleanProperty();
    private final StringProperty payoutText = new SimpleStringProperty("");
    private final StringProperty maxDaysText = new SimpleStringProperty("");
    private final StringProperty minMonthsText = new SimpleStringProperty("0");
    private final StringProperty minDepositsText = new SimpleStringProperty("0");
    private final StringProperty lookbackText = new SimpleStringProperty("0");
    private final ObjectProperty<Funding> funding = new SimpleObjectProperty<>(Funding.LEVY_PER_EVENT);
    private final StringProperty levyText = new SimpleStringProperty("");
    private final StringProperty sharePercentText = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final StringProperty kindError = new SimpleStringProperty();
    private final StringProperty nameError = new SimpleStringProperty();
    private final StringProperty payoutError = new SimpleStringProperty();
    private final StringProperty eligibilityError = new SimpleStringProperty();
    private final StringProperty fundingError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding levyAmountShown;
    private final BooleanBinding shareShown;

    /** @param schemeId the scheme to edit, or null to set up a new one */
    public SchemeFormViewModel(SchemeService schemes, UUID schemeId, ScreenContext ui) {
        this.schemes = schemes;
        this.ui = ui;
        this.m = ui.messages();
        this.schemeId = schemeId;
        this.levyAmountShown = Bindings.createBooleanBinding(() -> funding.get() == Funding.LEVY_PER_EVENT
                || funding.get() == Funding.ANNUAL_FEE, funding);
        this.shareShown = funding.isEqualTo(Funding.DEPOSIT_SHARE);
    }

    public boolean editing() {
        return schemeId != null;
    }

    /** Fills the form with the scheme being edited. */
    public void load() {
        if (schemeId == null) {
            return;
        }
        ui.async().run(() -> schemes.get(schemeId).orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_SCHEME, "schemeId")),
                s -> {
                    SchemeUpsert r = s.rules();
                    kind.set(s.kind());
                    name.set(r.name());
                    perDay.set(s.perDay());
                    payoutText.set(baht(r.payoutAmount()));
                    maxDaysText.set(r.maxDays() == null ? "" : String.valueOf(r.maxDays()));
                    minMonthsText.set(String.valueOf(r.minMembershipMonths()));
                    minDepositsText.set(baht(r.minDeposits()));
                    lookbackText.set(String.valueOf(r.depositLookbackMonths()));
                    funding.set(s.funding());
                    levyText.set(r.levyAmount() == null ? "" : baht(r.levyAmount()));
                    sharePercentText.set(r.depositShareBp() == null ? "" : percent(r.depositShareBp()));
                    active.set(s.active());
                }, failure -> error.set(ui.explain(failure)));
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        for (StringProperty p : List.of(kindError, nameError, payoutError, eligibilityError, fundingError, error)) {
            p.set(null);
        }
        Long payout = amount(payoutText.get(), payoutError, ReasonCode.PAYOUT_RULE_INVALID);
        Long maxDays = perDay.get() ? whole(maxDaysText.get(), payoutError, ReasonCode.PAYOUT_RULE_INVALID) : null;
        Long minMonths = whole(minMonthsText.get(), eligibilityError, null);
        Long minDeposits = amount(minDepositsText.get(), eligibilityError, null);
        Long lookback = whole(lookbackText.get(), eligibilityError, null);
        Long levy = levyAmountShown.get() ? amount(levyText.get(), fundingError, ReasonCode.FUNDING_INVALID) : null;
        Long shareBp = null;
        if (shareShown.get()) {
            NumberInput.Parsed p = NumberInput.parse(sharePercentText.get(), 2);
            if (!p.ok() && p.problem() != NumberInput.Problem.EMPTY) {
                fundingError.set(m.get("scheme.percent.notNumber"));
            } else {
                shareBp = p.ok() ? p.value() : null;
            }
        }
        if (payoutError.get() != null || eligibilityError.get() != null || fundingError.get() != null) {
            return;
        }
        SchemeService.Draft draft = new SchemeService.Draft(name.get(), kind.get() == null ? null : kind.get().name(),
                perDay.get() ? SchemeUpsert.PER_DAY : SchemeUpsert.FIXED, payout == null ? 0 : payout, maxDays,
                nz(minMonths), nz(minDeposits), nz(lookback), funding.get() == null ? null : funding.get().name(), levy,
                shareBp, active.get() ? SchemeUpsert.ACTIVE : SchemeUpsert.PAUSED);
        FormSave.run(ui, busy, error, Map.of("name", nameError, "kind", kindError, "payoutRule", payoutError, "minMembershipMonths", eligibilityError,
                "funding", fundingError), () -> {
            Scheme saved = schemeId == null ? schemes.create(draft) : schemes.edit(schemeId, draft);
            return saved;
        }, saved -> m.get("scheme.saved", saved.name()));
    }

    /**
     * Satang from baht as typed, or null with an error: {@code whenMissing}'s message for a blank
     * text (a blank optional field, {@code whenMissing} null, is no error), or "not a number".
     */
    private Long amount(String text, StringProperty errorOut, ReasonCode whenMissing) {
        return number(NumberInput.parse(text, 2), errorOut, whenMissing, "scheme.amount.notNumber");
    }

    private Long whole(String text, StringProperty errorOut, ReasonCode whenMissing) {
        return number(NumberInput.parse(text, 0), errorOut, whenMissing, "scheme.whole.notNumber");
    }

    private Long number(NumberInput.Parsed p, StringProperty errorOut, ReasonCode whenMissing, String notNumberKey) {
        if (p.ok()) {
            return p.value();
        }
        String problem = p.problem() != NumberInput.Problem.EMPTY ? m.get(notNumberKey)
                : whenMissing == null ? null : m.reason(whenMissing);
        if (problem != null && errorOut.get() == null) {
            errorOut.set(problem);
        }
        return null;
    }

    private String baht(long satang) {
        return CashFields.typed(m, satang);
    }

    private String percent(long bp) {
        return m.format().digits(java.math.BigDecimal.valueOf(bp, 2).stripTrailingZeros().toPlainString());
    }

    private static long nz(Long v) {
        return v == null ? 0 : v;
    }

    public ObjectProperty<WelfareType> kind() {
        return kind;
    }

    public StringProperty name() {
        return name;
    }

    /** True for a per-day payout (hospital stays), false for a fixed amount per claim. */
    public BooleanProperty perDay() {
        return perDay;
    }

    /** The payout in baht: per claim, or per day. */
    public StringProperty payoutText() {
        return payoutText;
    }

    public StringProperty maxDaysText() {
        return maxDaysText;
    }

    public StringProperty minMonthsText() {
        return minMonthsText;
    }

    /** In baht. */
    public StringProperty minDepositsText() {
        return minDepositsText;
    }

    public StringProperty lookbackText() {
        return lookbackText;
    }

    public ObjectProperty<Funding> funding() {
        return funding;
    }

    /** The levy per member in baht, for a levy per event or an annual fee. */
    public StringProperty levyText() {
        return levyText;
    }

    /** The share of deposits in percent ("2.5"), for a deposit share. */
    public StringProperty sharePercentText() {
        return sharePercentText;
    }

    public BooleanProperty active() {
        return active;
    }

    public BooleanBinding levyAmountShown() {
        return levyAmountShown;
    }

    public BooleanBinding shareShown() {
        return shareShown;
    }

    public StringProperty kindError() {
        return kindError;
    }

    public StringProperty nameError() {
        return nameError;
    }

    public StringProperty payoutError() {
        return payoutError;
    }

    public StringProperty eligibilityError() {
        return eligibilityError;
    }

    public StringProperty fundingError() {
        return fundingError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
