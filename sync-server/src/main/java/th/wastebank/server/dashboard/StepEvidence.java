package th.wastebank.server.dashboard;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import th.wastebank.json.PayloadReader;
import th.wastebank.product.ProductKind;
import th.wastebank.progress.IncomeModel;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.progress.NetworkGroup;
import th.wastebank.progress.VideoChecklist;
import th.wastebank.progress.VideoLogo;
import th.wastebank.progress.VideoPresenter;
import th.wastebank.progress.VideoRules;
import th.wastebank.progress.VideoUrl;
import th.wastebank.server.auth.Pairing;
import th.wastebank.server.product.Products;
import th.wastebank.server.progress.ProgressRows;

/**
 * The evidence of each of the five steps as the อปท. page shows it: the latest record of the step
 * with its date, the phone that sent it and who recorded it, the note, participants, income models and
 * groups (the picked ones by their Thai names, an old op's free text as typed), the photos, the product,
 * step 3's income and workers, and the video with the checks {@link VideoRules} makes and step 4's checklist
 * ({@link VideoChecklist}: presenter, the five logos, each unmet item with its Thai reason).
 */
public final class StepEvidence {
    /** A photo of the step: {@code held} when the server has its file (else it is still on its way). */
    public record Photo(String sha256, boolean held) {
    }

    /** One check of the video: {@code ok} null when the phone did not give what it checks. */
    public record Check(String key, @Nullable Boolean ok) {
    }

    /** One step: {@code recorded} false (and the rest empty) when the อปท. has not recorded it. */
    public record Step(int number, boolean recorded, @Nullable LocalDate doneOn, @Nullable String device,
                       @Nullable String recordedBy, @Nullable String note, @Nullable Long participants,
                       @Nullable String activity, List<String> incomeModels, @Nullable String incomeModelTyped,
                       boolean wasteBankModel, List<String> groups, List<Photo> photos,
                       @Nullable Products.Product product, @Nullable String productKindTh,
                       @Nullable Long incomeSatang, @Nullable Long workers, @Nullable String videoUrl,
                       @Nullable Integer videoSeconds, @Nullable String videoFileName, List<Check> checks,
                       @Nullable String presenter, List<String> logos,
                       @Nullable VideoChecklist.Result checklist) {
        /** Step 4's unmet items, each with its reason in Thai (or English): empty when all are met or not stated. */
        public List<String> unmet(boolean thai) {
            return checklist == null ? List.of() : checklist.reasons(thai);
        }

        /** True for a short link from an app's share button (marked "ลิงก์แบบย่อ"; kept as typed, not expanded). */
        public boolean videoShortLink() {
            return videoUrl != null && VideoUrl.isShortLink(videoUrl);
        }
    }

    private StepEvidence() {
    }

    /** The five steps in order, each from its latest milestone (the rows come by date, then as received). */
    public static List<Step> of(List<ProgressRows.Milestone> milestones, List<Products.Product> products,
                                List<Pairing.DeviceInfo> devices, Predicate<String> held, JsonMapper json) {
        Map<Integer, ProgressRows.Milestone> latest = new HashMap<>();
        for (ProgressRows.Milestone m : milestones) {
            latest.put(m.step(), m);
        }
        Map<UUID, String> deviceNames = new HashMap<>();
        devices.forEach(d -> deviceNames.put(d.deviceId(), d.name()));
        List<Step> out = new ArrayList<>();
        for (MilestoneStep s : MilestoneStep.values()) {
            ProgressRows.Milestone m = latest.get(s.number());
            out.add(m == null ? empty(s.number()) : step(m, read(m.evidenceJson(), json), products, deviceNames, held));
        }
        return out;
    }

    private static Step empty(int number) {
        return new Step(number, false, null, null, null, null, null, null, List.of(), null, false, List.of(), List.of(),
                null, null, null, null, null, null, null, List.of(), null, List.of(), null);
    }

    private static Step step(ProgressRows.Milestone m, Optional<MilestoneRecord> read, List<Products.Product> products,
                             Map<UUID, String> deviceNames, Predicate<String> held) {
        MilestoneRecord r = read.orElse(null);
        String device = m.deviceId() == null ? null : deviceNames.get(m.deviceId());
        Products.Product product = r == null || r.productId() == null ? null
                : products.stream().filter(p -> p.id().equals(r.productId())).findFirst().orElse(null);
        List<String> shas = r == null ? List.of() : r.photos();
        if (shas.isEmpty() && product != null) {
            shas = product.photos();
        }
        List<Photo> photos = shas.stream().map(sha -> new Photo(sha, held.test(sha))).toList();
        if (r == null) {
            return new Step(m.step(), true, m.doneOn(), device, null, null, null, null, List.of(), null, false, List.of(),
                    photos, null, null, null, null, m.videoUrl(), m.videoSeconds(), null, checks(m, null), null,
                    List.of(), null);
        }
        List<String> models = new ArrayList<>();
        for (String code : r.incomeModels()) {
            IncomeModel.parse(code).ifPresent(k -> models.add(k == IncomeModel.OTHER && r.incomeModelOther() != null
                    ? k.nameTh() + ": " + r.incomeModelOther() : k.nameTh()));
        }
        List<String> groups = new ArrayList<>();
        for (String code : r.groups()) {
            NetworkGroup.parse(code).ifPresent(g -> groups.add(g == NetworkGroup.OTHER && r.groupOther() != null
                    ? g.nameTh() + ": " + r.groupOther() : g.nameTh()));
        }
        String kind = product == null ? null : ProductKind.parse(product.kind()).map(ProductKind::nameTh).orElse(product.kind());
        return new Step(m.step(), true, m.doneOn(), device, r.recordedBy(), r.note(), r.participants(), r.activity(),
                models, r.incomeModel(), m.step() == MilestoneStep.MEETING.number() && r.wasteBankAsModel(), groups,
                photos, product, kind, r.incomeSatang(), r.workers(), m.videoUrl() != null ? m.videoUrl() : r.videoUrl(),
                m.videoSeconds(), r.videoFileName(), checks(m, r), presenter(r),
                r.videoLogos() == null ? List.of() : r.videoLogos().stream().map(VideoLogo::parse)
                        .flatMap(Optional::stream).sorted().map(VideoLogo::nameTh).toList(),
                m.step() == MilestoneStep.VIDEO.number() ? VideoChecklist.of(r) : null);
    }

    /** "นายกเทศมนตรี", or "อื่น ๆ: ปลัดเทศบาล" and the name given; null when not stated. */
    private static @Nullable String presenter(MilestoneRecord r) {
        return VideoPresenter.parse(r.videoPresenter()).map(p -> p.nameTh()
                + (r.videoPresenterName() == null ? "" : (p == VideoPresenter.OTHER ? ": " : " ") + r.videoPresenterName()))
                .orElse(null);
    }

    /** Steps 4 and 5: the link's host; step 4 also its length and its file name, as the shared rules check them. */
    private static List<Check> checks(ProgressRows.Milestone m, @Nullable MilestoneRecord r) {
        if (m.step() != MilestoneStep.VIDEO.number() && m.step() != MilestoneStep.REPORTED.number()) {
            return List.of();
        }
        String typed = r == null ? m.videoUrl() : r.videoUrl();
        List<Check> out = new ArrayList<>();
        out.add(new Check("evidence.check.host", typed == null ? null : VideoUrl.normalise(typed).isPresent()));
        if (m.step() == MilestoneStep.VIDEO.number()) {
            out.add(new Check("evidence.check.length", m.videoSeconds() == null ? null : !VideoRules.tooLong(m.videoSeconds())));
            String file = r == null ? null : r.videoFileName();
            out.add(new Check("evidence.check.fileName", file == null ? null : VideoRules.fileNameFollowsTheLetter(file)));
            boolean stated = r != null && r.checklistStated();
            VideoChecklist.Result checked = stated ? VideoChecklist.of(r) : null;
            out.add(new Check("evidence.check.presenter", checked == null ? null
                    : checked.unmet().stream().noneMatch(u -> u == VideoChecklist.Unmet.PRESENTER_NOT_HEAD
                            || u == VideoChecklist.Unmet.PRESENTER_NOT_STATED)));
            out.add(new Check("evidence.check.logos", checked == null ? null : checked.missingLogos().isEmpty()));
        }
        return out;
    }

    private static Optional<MilestoneRecord> read(String evidenceJson, JsonMapper json) {
        try {
            Object parsed = json.readValue(evidenceJson, Argument.of(Object.class));
            return Optional.ofNullable(MilestoneRecord.read(PayloadReader.of(parsed)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
