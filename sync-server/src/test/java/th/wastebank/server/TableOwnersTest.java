package th.wastebank.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One owner for each table's reads (ADR 0011): every SQL statement that reads a table ({@code FROM}
 * or {@code JOIN} it) sits in the package that writes it; another package that needs the rows calls
 * a method of the owner. Only the reference data (the geography and the org register, written by
 * {@code org/}, changing rarely, filtering every area page) may be joined by any read.
 *
 * <p>The test reads the server's sources as text (surefire runs in the module's directory): the
 * string literals of each file, those joined by {@code +} read as one, are searched for
 * {@code FROM}/{@code JOIN} followed by a name. A name counts only if a Flyway migration creates a
 * table of that name, so the list of tables cannot go stale and the database's own tables
 * ({@code information_schema}, {@code mysql}, Flyway's history) are not ours to own. A table name
 * built at run time ({@code "FROM " + table}) is not seen: write table names into the SQL.
 */
class TableOwnersTest {
    private static final Path SOURCES = Path.of("src/main/java/th/wastebank/server");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** The reference data: written by {@code org/}, read by any package for area scoping and names. */
    private static final String ANY_PACKAGE = "*";

    /**
     * The one constant: each table of the migrations and the package that writes it, which alone
     * reads it ({@link #ANY_PACKAGE} for the reference data).
     */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("province", ANY_PACKAGE),
            Map.entry("district", ANY_PACKAGE),
            Map.entry("sub_district", ANY_PACKAGE),
            Map.entry("org", ANY_PACKAGE),
            Map.entry("audit_log", "audit"),
            Map.entry("device", "auth"),
            Map.entry("pairing_code", "auth"),
            Map.entry("staff", "staff"),
            Map.entry("staff_session", "staff"),
            Map.entry("sign_in_throttle", "staff"),
            Map.entry("sync_op", "sync"),
            Map.entry("sync_state", "sync"),
            Map.entry("sync_epoch", "sync"),
            Map.entry("member", "member"),
            Map.entry("member_version", "member"),
            Map.entry("ledger_entry", "ledger"),
            Map.entry("price", "price"),
            Map.entry("product", "product"),
            Map.entry("milestone", "progress"),
            Map.entry("org_progress", "progress"),
            Map.entry("reporting_schedule", "progress"),
            Map.entry("org_month_stats", "rollup"),
            Map.entry("org_material_month", "rollup"),
            Map.entry("photo", "photo"),
            Map.entry("upload", "photo"),
            Map.entry("review_flag", "review"),
            Map.entry("buyer", "sale"),
            Map.entry("sale", "sale"),
            Map.entry("sale_line", "sale"),
            Map.entry("stock_adjustment", "sale"),
            Map.entry("sale_void", "sale"),
            Map.entry("committee_member", "committee"),
            Map.entry("welfare_scheme", "welfare"),
            Map.entry("welfare_scheme_version", "welfare"),
            Map.entry("welfare_claim", "welfare"),
            Map.entry("welfare_payout", "welfare"),
            Map.entry("welfare_levy", "welfare"),
            Map.entry("org_welfare_month", "welfare"),
            Map.entry("best_practice_report", "report"),
            Map.entry("dividend_run", "dividend"),
            Map.entry("village", "village"),
            Map.entry("public_page", "publicpage"),
            Map.entry("product_receipt", "progress"),
            Map.entry("round_report_sent", "report"),
            Map.entry("best_practice_due", "report"));

    private static final Pattern CREATE = Pattern.compile("CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP = Pattern.compile("DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?`?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern READ = Pattern.compile("\\b(?:FROM|JOIN)\\s+`?(\\w+)", Pattern.CASE_INSENSITIVE);
    /** The end of one literal and the start of the next, joined by {@code +}. */
    private static final Pattern CONCAT = Pattern.compile("\"\\s*\\+\\s*\"");

    @Test
    void everyTableIsReadOnlyInItsOwnersPackage() throws IOException {
        Set<String> tables = migratedTables();
        List<String> reads = new ArrayList<>();
        Set<String> violations = new TreeSet<>();
        for (Path file : javaFiles()) {
            String pkg = packageOf(file);
            for (String table : tablesRead(Files.readString(file), tables)) {
                reads.add(table);
                String owner = OWNERS.getOrDefault(table, "?");
                if (!owner.equals(ANY_PACKAGE) && !owner.equals(pkg)) {
                    violations.add(table + " (owner " + owner + ") read in " + pkg + ": " + SOURCES.relativize(file));
                }
            }
        }
        assertTrue(reads.contains("ledger_entry") && reads.contains("member"), "the scan sees the owners' own reads");
        assertTrue(violations.isEmpty(), () -> violations.size() + " reads of a table outside its owner's package"
                + " (call a method of the owner instead):\n  " + String.join("\n  ", violations));
    }

    @Test
    void everyMigratedTableHasAnOwnerAndEveryOwnerIsAPackage() throws IOException {
        Set<String> tables = migratedTables();
        assertEquals(new TreeSet<>(tables), new TreeSet<>(OWNERS.keySet()),
                "the owner map names each table the migrations create, and no other");
        for (Map.Entry<String, String> e : new TreeMap<>(OWNERS).entrySet()) {
            assertTrue(e.getValue().equals(ANY_PACKAGE) || Files.isDirectory(SOURCES.resolve(e.getValue())),
                    e.getKey() + "'s owner " + e.getValue() + " is a package of the server");
        }
    }

    @Test
    void theScanFindsTablesInJoinedLiteralsAndNotInCommentsOrOtherTables() {
        Set<String> tables = Set.of("member", "ledger_entry", "org");
        String source = """
                // SELECT * FROM member, in a comment
                String sql = "SELECT m.id FROM org o" + " JOIN "
                        + "ledger_entry e ON e.org_id = o.id";
                String other = "SELECT 1 FROM information_schema.tables WHERE x = 'FROM member'";
                char q = '"'; String s = "JOIN orgs";
                """;
        assertEquals(Set.of("org", "ledger_entry", "member"), tablesRead(source, tables));
        assertEquals(Set.of(), tablesRead("/* FROM member */ String s = \"read from members\";", tables));
    }

    /** The tables the migrations create (less any a later one drops). */
    private static Set<String> migratedTables() throws IOException {
        Set<String> tables = new TreeSet<>();
        List<Path> scripts;
        try (Stream<Path> s = Files.list(MIGRATIONS)) {
            scripts = s.filter(p -> p.toString().endsWith(".sql")).sorted((a, b) -> Integer.compare(version(a), version(b)))
                    .toList();
        }
        for (Path script : scripts) {
            String sql = Files.readString(script);
            Matcher created = CREATE.matcher(sql);
            while (created.find()) {
                tables.add(created.group(1).toLowerCase());
            }
            Matcher dropped = DROP.matcher(sql);
            while (dropped.find()) {
                tables.remove(dropped.group(1).toLowerCase());
            }
        }
        assertTrue(tables.contains("ledger_entry"), "the migrations are found: " + tables);
        return tables;
    }

    private static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The package below {@code th.wastebank.server} ("" for the classes at its root). */
    private static String packageOf(Path file) {
        Path relative = SOURCES.relativize(file);
        return relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
    }

    /** The migrated tables named after FROM or JOIN in the source's string literals. */
    private static Set<String> tablesRead(String source, Set<String> tables) {
        Set<String> out = new TreeSet<>();
        for (String literal : literals(source)) {
            Matcher m = READ.matcher(literal);
            while (m.find()) {
                String name = m.group(1).toLowerCase();
                if (tables.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /**
     * The string literals of a Java source, those joined by {@code +} as one; comments and character
     * literals are passed over, text blocks read as literals.
     */
    static List<String> literals(String source) {
        String code = CONCAT.matcher(stripComments(source)).replaceAll("");
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            char ch = code.charAt(i);
            if (ch == '\'') {
                i = skipQuoted(code, i, '\'');
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? code.length() : end;
                out.add(code.substring(i + 3, end));
                i = end + 3;
            } else if (ch == '"') {
                int end = skipQuoted(code, i, '"');
                out.add(code.substring(i + 1, Math.max(i + 1, end - 1)));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    private static String stripComments(String source) {
        StringBuilder b = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char ch = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                b.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                b.append(source, i, end);
                i = end;
            } else if (ch == '"' || ch == '\'') {
                int end = skipQuoted(source, i, ch);
                b.append(source, i, end);
                i = end;
            } else {
                b.append(ch);
                i++;
            }
        }
        return b.toString();
    }

    /** The index after the closing quote of the literal that opens at {@code start}. */
    private static int skipQuoted(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, s.length());
    }
}
