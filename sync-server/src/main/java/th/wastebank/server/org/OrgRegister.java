package th.wastebank.server.org;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Tx;

/**
 * Imports the register of อปท. from CSV (UTF-8, header row): {@code code,name_th,kind,sub_district_code}.
 * {@code kind} may be the Thai name (เทศบาลตำบล), its abbreviation (ทต.) or the English constant.
 * Rows are upserted by code; a bad row is reported with its line number and skipped, the others
 * are imported.
 */
@Singleton
public class OrgRegister {
    static final Pattern CODE = Pattern.compile("[0-9A-Za-z-]{3,16}");
    private static final Set<String> REQUIRED = Set.of("code", "name_th", "kind", "sub_district_code");

    private final DataSource dataSource;

    public OrgRegister(Database database) {
        this.dataSource = database.pool();
    }

    /** One refused row: its line in the file and why, in English and Thai. */
    @Serdeable
    public record RowError(long line, String message, String messageTh) {
    }

    @Serdeable
    public record Result(int imported, List<RowError> errors) {
    }

    public Result importCsv(Reader csv) {
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).get().parse(csv).getRecords();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return new Result(0, List.of(new RowError(1, "Not a readable CSV: " + e.getMessage(),
                    "อ่านไฟล์ CSV ไม่ได้ กรุณาตรวจสอบรูปแบบไฟล์")));
        }
        if (!records.isEmpty() && !records.get(0).getParser().getHeaderNames().containsAll(REQUIRED)) {
            return new Result(0, List.of(new RowError(1, "The header must name the columns " + REQUIRED,
                    "แถวแรกต้องมีหัวคอลัมน์ code, name_th, kind, sub_district_code")));
        }
        try (Connection c = dataSource.getConnection()) {
            Map<String, String> districtOf = subDistricts(c);
            List<RowError> errors = new ArrayList<>();
            List<Object[]> rows = new ArrayList<>();
            for (CSVRecord r : records) {
                long line = r.getRecordNumber() + 1;
                if (!r.isConsistent()) {
                    errors.add(new RowError(line, "Wrong number of columns", "จำนวนคอลัมน์ไม่ถูกต้อง"));
                    continue;
                }
                String code = r.get("code");
                String name = r.get("name_th");
                String sub = r.get("sub_district_code");
                var kind = OrgKind.parse(r.get("kind"));
                if (!CODE.matcher(code).matches()) {
                    errors.add(new RowError(line, "code must be 3-16 letters, digits or '-'", "รหัส อปท. ไม่ถูกต้อง"));
                } else if (name.isBlank() || name.length() > 200) {
                    errors.add(new RowError(line, "name_th is required (at most 200 characters)", "ต้องมีชื่อ อปท."));
                } else if (kind.isEmpty()) {
                    errors.add(new RowError(line, "unknown kind '" + r.get("kind") + "'",
                            "ประเภท อปท. ไม่ถูกต้อง (อบต., เทศบาลตำบล, เทศบาลเมือง, เทศบาลนคร)"));
                } else if (!districtOf.containsKey(sub)) {
                    errors.add(new RowError(line, "unknown sub_district_code '" + sub + "'", "ไม่พบรหัสตำบลนี้"));
                } else {
                    String district = districtOf.get(sub);
                    rows.add(new Object[] {code, name, kind.get().name(), sub, district, district.substring(0, 2)});
                }
            }
            Tx.write(dataSource, w -> {
                Jdbc.batch(w, "INSERT INTO org (code, name_th, kind, sub_district_code, district_code, province_code,"
                        + " demo, created_at) VALUES (?,?,?,?,?,?, FALSE, UTC_TIMESTAMP(3))"
                        + " ON DUPLICATE KEY UPDATE name_th = VALUES(name_th), kind = VALUES(kind),"
                        + " sub_district_code = VALUES(sub_district_code), district_code = VALUES(district_code),"
                        + " province_code = VALUES(province_code), demo = FALSE", rows);
                try (PreparedStatement ps = w.prepareStatement("INSERT IGNORE INTO sync_state (org_id) SELECT id FROM org")) {
                    ps.executeUpdate();
                }
            });
            return new Result(rows.size(), errors);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not import the register: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> subDistricts(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>(8192);
        try (PreparedStatement ps = c.prepareStatement("SELECT code, district_code FROM sub_district");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }
}
