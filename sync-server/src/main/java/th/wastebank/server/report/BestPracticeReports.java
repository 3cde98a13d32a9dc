package th.wastebank.server.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import th.wastebank.progress.VideoUrl;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;
import th.wastebank.server.db.Tx;
import th.wastebank.server.member.Members;
import th.wastebank.server.sale.SaleReads;
import th.wastebank.server.welfare.WelfareQueries;

/**
 * Reads and writes the district best-practice form. Part 1 is computed from what the ledger
 * already knows (members and the per-month roll-ups), never typed; Parts 2 and 3 are kept per
 * district and month in {@code best_practice_report}, with the model อปท. they were written for.
 */
@Singleton
public class BestPracticeReports {
    /** Longest answer kept for one question; eleven answers of Thai text then still fit the column. */
    public static final int MAX_ANSWER = 1_500;
    /** The video's file name and length as typed, at most this many characters. */
    static final int MAX_FILE_NAME = 255;

    private final DataSource dataSource;
    private final Reads reads;
    private final Members members;
    private final JsonMapper json;
    private final Clock clock;
    private final WelfareQueries welfare;
    private final SaleReads sales;

    public BestPracticeReports(Database database, JsonMapper json, Clock clock, WelfareQueries welfare,
                               Members members, SaleReads sales) {
        this.dataSource = database.pool();
        this.reads = database.reads();
        this.members = members;
        this.json = json;
        this.clock = clock;
        this.welfare = welfare;
        this.sales = sales;
    }

    /** What a district wrote for a month, and for which อปท. */
    public record Saved(long orgId, String orgCode, Map<String, String> answers, @Nullable String videoUrl,
                        String updatedBy, Instant updatedAt) {
    }

    /** Parts 2–3 as typed into the page, checked; {@code errors} maps a field to a message key. */
    public record Edit(Map<String, String> answers, @Nullable String videoUrl, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public Optional<BestPracticeReport.District> district(String code) {
        return reads.query("SELECT d.code, d.name_th, d.province_code, p.name_th FROM district d"
                + " JOIN province p ON p.code = d.province_code WHERE d.code = ?", rs -> rs.next()
                ? Optional.of(new BestPracticeReport.District(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4))) : Optional.empty(), code);
    }

    /** The อปท. of a district, by name: the candidates for its model waste bank. */
    public List<BestPracticeReport.OrgChoice> orgs(String districtCode) {
        return reads.query("SELECT id, code, name_th FROM org WHERE district_code = ? ORDER BY name_th, code", rs -> {
            List<BestPracticeReport.OrgChoice> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new BestPracticeReport.OrgChoice(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
            return out;
        }, districtCode);
    }

    public Optional<Saved> saved(String districtCode, YearMonth month) {
        return reads.query("SELECT r.org_id, o.code, r.part2, r.video_url, r.updated_by, r.updated_at"
                + " FROM best_practice_report r JOIN org o ON o.id = r.org_id"
                + " WHERE r.district_code = ? AND r.month = ?", rs -> rs.next()
                ? Optional.of(new Saved(rs.getLong(1), rs.getString(2), answers(rs.getString(3)), rs.getString(4),
                rs.getString(5), Jdbc.instant(rs, 6))) : Optional.empty(), districtCode, month.atDay(1));
    }

    /**
     * Part 1 of an อปท. for a month: villages and members active at the month's end (as
     * {@link Members} counts them), and the kilograms and baht sold to buyers during the month (๑.๔, ๑.๕:
     * "ขายได้", from the bank's sales, not from what members deposited).
     */
    public BestPracticeReport.Part1 part1(long orgId, YearMonth month) {
        Members.Counts counts = members.countsActiveOn(orgId, month.atEndOfMonth());
        SaleReads.Sold sold = sales.sold(orgId, month);
        return new BestPracticeReport.Part1(counts.villages(), counts.members(), sold.sales(), sold.grams(), sold.satang());
    }

    /** The whole form; Parts 2–3 only when what was saved for the month was written for this อปท. */
    public BestPracticeReport fill(BestPracticeReport.District district, YearMonth month,
                                   BestPracticeReport.OrgChoice org, Optional<Saved> saved) {
        Optional<Saved> mine = saved.filter(s -> s.orgId() == org.id());
        return new BestPracticeReport(district, month, org, part1(org.id(), month),
                mine.map(Saved::answers).orElse(Map.of()), mine.map(Saved::videoUrl).orElse(null),
                mine.map(Saved::updatedBy).orElse(null), mine.map(Saved::updatedAt).orElse(null),
                welfare.describe(org.id(), month.atEndOfMonth()).orElse(null));
    }

    /**
     * Checks the typed answers: each at most {@value #MAX_ANSWER} characters; the video a YouTube link;
     * the video's checklist ({@link DistrictVideoChecklist}: presenter, length as "4:30", file name, logos)
     * kept with the answers, its unmet items shown, not refused (only a length that is not one is).
     */
    public Edit check(Map<String, String> form) {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        keys.add(BestPracticeForm.WELFARE_KEY);
        BestPracticeForm.questions().forEach(q -> keys.add(q.key()));
        for (String key : keys) {
            String field = BestPracticeForm.field(key);
            String text = clean(form.get(field));
            if (text.length() > MAX_ANSWER) {
                errors.put(field, "bp.error.tooLong");
            }
            if (!text.isEmpty() && !(key.equals(BestPracticeForm.WELFARE_KEY)
                    && text.equals(BestPracticeForm.NO_WELFARE_DATA))) {
                answers.put(key, text);
            }
        }
        for (String key : DistrictVideoChecklist.keys()) {
            String field = BestPracticeForm.field(key);
            String text = clean(form.get(field));
            if (key.startsWith("3.logo")) {
                if (!text.isEmpty()) {
                    answers.put(key, "1");
                }
            } else if (key.equals(DistrictVideoChecklist.PRESENTER_KEY)) {
                if (text.equals(DistrictVideoChecklist.DISTRICT_CHIEF) || text.equals(DistrictVideoChecklist.OTHER)) {
                    answers.put(key, text);
                }
            } else if (!text.isEmpty()) {
                if (text.length() > MAX_FILE_NAME) {
                    errors.put(field, "bp.error.tooLong");
                } else if (key.equals(DistrictVideoChecklist.LENGTH_KEY)
                        && DistrictVideoChecklist.seconds(text) == -1L) {
                    errors.put(field, "bp.error.videoLength");
                }
                answers.put(key, text);
            }
        }
        String video = clean(form.get("videoUrl"));
        String normal = null;
        if (!video.isEmpty()) {
            Optional<VideoUrl.Normalised> n = VideoUrl.normalise(video);
            if (n.isEmpty() || n.get().platform() != VideoUrl.Platform.YOUTUBE || n.get().asTyped().length() > 300) {
                errors.put("videoUrl", "bp.error.video");
            } else {
                normal = n.get().asTyped();
            }
        }
        return new Edit(answers, normal, errors);
    }

    /** Saves Parts 2–3 and, in the same transaction, {@code alsoDo} (its audit row). */
    public void save(String districtCode, YearMonth month, long orgId, Edit edit, String by, Tx.Step alsoDo) {
        String part2 = write(edit.answers());
        Instant now = clock.instant();
        Tx.readCommitted(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO best_practice_report (district_code, month,"
                    + " org_id, part2, video_url, updated_by, updated_at) VALUES (?,?,?,?,?,?,?) ON DUPLICATE KEY UPDATE"
                    + " org_id = ?, part2 = ?, video_url = ?, updated_by = ?, updated_at = ?")) {
                ps.setString(1, districtCode);
                ps.setObject(2, month.atDay(1));
                Object[] values = {orgId, part2, edit.videoUrl(), by, Jdbc.utc(now)};
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(3 + i, values[i]);
                    ps.setObject(8 + i, values[i]);
                }
                ps.executeUpdate();
            }
            alsoDo.run(c);
            return null;
        });
    }

    /**
     * Text as kept: one kind of line break, and no other control character (each would be six bytes
     * of JSON escape, and eleven answers of them would not fit the column).
     */
    private static String clean(@Nullable String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
    }

    private String write(Map<String, String> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, String> answers(String stored) {
        try {
            Map<String, String> read = json.readValue(stored, Argument.mapOf(String.class, String.class));
            return read == null ? Map.of() : read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
