package th.wastebank.server.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import th.wastebank.progress.VideoUrl;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Reads;
import th.wastebank.server.place.PlaceNames;
import th.wastebank.server.progress.ProgressQueries;
import th.wastebank.server.progress.ProgressRows;
import th.wastebank.server.progress.ReportingRounds;
import th.wastebank.server.progress.RoundDays;
import th.wastebank.validation.Dates;

/**
 * The "1 อปท. 1 ผลิตภัณฑ์" reports of an area for a reporting round: one row per อปท. with where it
 * stands and whether it reported in the round, and the late list (who has not reported in this
 * round, who missed the last), with district and province names for the paper. Rounds are those of
 * {@link ReportingRounds}: the area's province's days, the 5th and 15th for the nation.
 */
@Singleton
public class ProgressReports {
    private final Reads reads;
    private final ProgressQueries progress;
    private final ProgressRows rounds;
    private final Clock clock;
    private final RoundDays days;

    public ProgressReports(Database database, ProgressQueries progress, ProgressRows rounds, Clock clock,
                           RoundDays days) {
        this.days = days;
        this.reads = database.reads();
        this.progress = progress;
        this.rounds = rounds;
        this.clock = clock;
    }

    /** Whether an อปท. reported in the round; DONE ones had reported their video link before and are no longer expected. */
    public enum Status {
        REPORTED("รายงานแล้ว"),
        NOT_REPORTED("ยังไม่รายงาน"),
        DONE("ครบ 5 ขั้นตอนแล้ว");

        private final String nameTh;

        Status(String nameTh) {
            this.nameTh = nameTh;
        }

        public String nameTh() {
            return nameTh;
        }
    }

    /**
     * One อปท.'s line: the day each step was recorded, its products and video, and its round: the day
     * the server received its latest report in the round ({@code reportedOn}, which decides) and the
     * day the phone gave that report ({@code phoneDateOn}; its clock may be wrong).
     */
    public record Row(String orgCode, String orgNameTh, String districtCode, String districtTh, String provinceCode,
                      String provinceTh, List<LocalDate> steps, int products, @Nullable String videoUrl,
                      @Nullable Integer videoSeconds, @Nullable LocalDate reportedOn, @Nullable LocalDate phoneDateOn,
                      Status status) {
        /** The video link is a short link ("ลิงก์แบบย่อ"), kept as typed. */
        public boolean videoShortLink() {
            return VideoUrl.isShortLink(videoUrl);
        }
    }

    /** The whole report of an area for one round. */
    /**
     * {@code schedule}: the days the area's อปท. are judged by (the department's for the nation, whose
     * provinces with days of their own are judged by those); {@code ownDays}: the province set them.
     */
    public record Report(ReportArea area, String areaNameTh, ReportingRounds.Round round, boolean currentRound,
                         List<Row> rows, ReportingRounds.Schedule schedule, boolean ownDays) {
        public long count(Status status) {
            return rows.stream().filter(r -> r.status() == status).count();
        }
    }

    /**
     * An อปท. on the late list, with the names of its district and province, and its latest report: the
     * day the server received it and the day the phone gave it.
     */
    public record Late(String orgCode, String orgNameTh, String districtTh, String provinceTh, int lastStep,
                       @Nullable LocalDate lastActivityOn, List<String> lacks, @Nullable LocalDate lastReportOn,
                       @Nullable LocalDate lastReportPhoneOn) {
    }

    /** Who has not reported in the current round, and who missed the last one. */
    public record LateList(ReportArea area, String areaNameTh, ReportingRounds.Round round, List<Late> notReported,
                           @Nullable ReportingRounds.Round lastRound, List<Late> late) {
    }

    /**
     * The report, or none when the area names no known province or district. Each อปท. is judged by
     * its province's days ({@link RoundDays}); the nation's round shown is the department's.
     */
    public Optional<Report> progress(ReportArea area, boolean lastRound) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Dates.THAI);
        ReportingRounds.Schedule schedule = days.forOrgsOf(area.provinceCode());
        Optional<ReportingRounds.Round> shown = round(schedule, today, lastRound);
        List<ProgressRows.InRound> in = new ArrayList<>();
        if (area.nation()) {
            Map<String, ReportingRounds.Schedule> own = days.allOwn();
            own.forEach((code, s) -> round(s, today, lastRound).ifPresent(r -> in.addAll(rounds.inRound(code, r,
                    List.of()))));
            shown.ifPresent(r -> in.addAll(rounds.inRound(null, r, List.copyOf(own.keySet()))));
            in.sort(Comparator.comparing(ProgressRows.InRound::provinceCode).thenComparing(ProgressRows.InRound::districtCode)
                    .thenComparing(ProgressRows.InRound::orgNameTh).thenComparing(ProgressRows.InRound::orgCode));
        } else {
            shown.ifPresent(r -> in.addAll(rounds.inRound(area.code(), r, List.of())));
        }
        List<Row> rows = in.stream().map(ProgressReports::row).toList();
        ReportingRounds.Round round = shown.orElse(ReportingRounds.current(schedule, today));
        boolean ownDays = area.provinceCode() != null && days.own(area.provinceCode()).isPresent();
        return areaName(area).map(name -> new Report(area, name, round, !lastRound, rows, schedule, ownDays));
    }

    private static Optional<ReportingRounds.Round> round(ReportingRounds.Schedule schedule, LocalDate today,
                                                         boolean last) {
        return last ? ReportingRounds.previous(schedule, today) : Optional.of(ReportingRounds.current(schedule, today));
    }

    /** A round's line with the names the paper prints ("" when the register has none) and its status. */
    private static Row row(ProgressRows.InRound r) {
        Status status = r.reportedOn() != null ? Status.REPORTED
                : r.steps().get(4) != null ? Status.DONE : Status.NOT_REPORTED;
        return new Row(r.orgCode(), r.orgNameTh(), r.districtCode(), name(r.districtTh()), r.provinceCode(),
                name(r.provinceTh()), r.steps(), r.products(), r.videoUrl(), r.videoSeconds(), r.reportedOn(),
                r.phoneDateOn(), status);
    }

    /** The late list, or none when the area names no known province or district. */
    public Optional<LateList> late(ReportArea area) {
        ProgressQueries.RoundReport r = progress.rounds(area.code());
        Map<String, String> districts = names("SELECT code, name_th FROM district");
        Map<String, String> provinces = names("SELECT code, name_th FROM province");
        return areaName(area).map(name -> new LateList(area, name, new ReportingRounds.Round(r.opensOn(), r.dueOn()),
                late(r.notReported(), districts, provinces), r.lastRoundDueOn() == null ? null
                : new ReportingRounds.Round(r.lastRoundOpensOn(), r.lastRoundDueOn()), late(r.late(), districts, provinces)));
    }

    /** Every province's Thai name by code, in code order. */
    public Map<String, String> provinces() {
        return new java.util.TreeMap<>(names("SELECT code, name_th FROM province"));
    }

    /** "ทั้งประเทศ", "จังหวัดชัยภูมิ" or "อำเภอเทพสถิต จังหวัดชัยภูมิ"; none for an unknown area. */
    public Optional<String> areaName(ReportArea area) {
        if (area.nation()) {
            return Optional.of("ทั้งประเทศ");
        }
        String province = names("SELECT code, name_th FROM province WHERE code = ?", area.provinceCode())
                .get(area.provinceCode());
        String district = area.province() ? null
                : names("SELECT code, name_th FROM district WHERE code = ?", area.code()).get(area.code());
        if (province == null || !area.province() && district == null) {
            return Optional.empty();
        }
        return Optional.of(area.province() ? PlaceNames.province(province)
                : PlaceNames.district(district) + " " + PlaceNames.province(province));
    }

    private static List<Late> late(List<ProgressQueries.OrgProgress> orgs, Map<String, String> districts,
                                   Map<String, String> provinces) {
        List<Late> out = new ArrayList<>();
        for (ProgressQueries.OrgProgress o : orgs) {
            int lastStep = 0;
            for (int s = 0; s < o.steps().size(); s++) {
                if (o.steps().get(s) != null) {
                    lastStep = s + 1;
                }
            }
            out.add(new Late(o.code(), o.nameTh(), name(districts.get(o.districtCode())),
                    name(provinces.get(o.provinceCode())), lastStep, o.lastActivityOn(), o.lacks(),
                    thaiDay(o.lastReportReceivedAt()), thaiDay(o.lastReportPhoneAt())));
        }
        return out;
    }

    private static LocalDate thaiDay(@Nullable Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, Dates.THAI);
    }

    private static String name(@Nullable String name) {
        return name == null ? "" : name;
    }

    private Map<String, String> names(String sql, Object... params) {
        return reads.query(sql, rs -> {
            Map<String, String> out = new HashMap<>();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        }, params);
    }
}
