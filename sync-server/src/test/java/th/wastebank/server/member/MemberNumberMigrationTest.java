package th.wastebank.server.member;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** V16 numbers the members a bank had before numbers existed (ADR 0014): once, per bank, in server order. */
class MemberNumberMigrationTest {
    private static final MigrationVersion NUMBERS = MigrationVersion.fromVersion("16");

    private static Flyway flyway(String url, MigrationVersion target) {
        return Flyway.configure().dataSource(url, TestDatabase.username(), TestDatabase.password())
                .locations("classpath:db/migration").target(target).load();
    }

    @Test
    void membersRegisteredBeforeNumbersAreNumberedPerBankInTheOrderTheServerFirstAppliedThem() throws Exception {
        String url = TestDatabase.freshSchemaUrl("wastebank_member_numbers");
        MigrationVersion before = Arrays.stream(flyway(url, MigrationVersion.LATEST).info().all())
                .map(MigrationInfo::getVersion).filter(v -> v.compareTo(NUMBERS) < 0).max(MigrationVersion::compareTo)
                .orElseThrow();
        flyway(url, before).migrate();
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement()) {
            for (int org = 1; org <= 2; org++) {
                st.executeUpdate("INSERT INTO org (id, code, name_th, kind, district_code, province_code, created_at)"
                        + " VALUES (" + org + ", 'MIG" + org + "', 'อบต.ก่อนมีเลข " + org + "', 'SAO', '3609', '36',"
                        + " '2026-01-01')");
            }
            // name, org, created_seq: two members first applied in one push (seq 2) are ordered by id
            member(st, "00000000-0000-7000-8000-00000000000c", 1, "นางซี มาทีหลัง", 9);
            member(st, "00000000-0000-7000-8000-00000000000b", 1, "นายบี ผลักพร้อมกัน", 2);
            member(st, "00000000-0000-7000-8000-00000000000a", 1, "นางเอ ผลักพร้อมกัน", 2);
            member(st, "00000000-0000-7000-8000-00000000000d", 2, "นายดี อีกธนาคาร", 5);
        }
        flyway(url, NUMBERS).migrate();

        Map<String, Long> numbers = new LinkedHashMap<>();
        try (Connection c = TestDatabase.connect(url); ResultSet rs = c.createStatement().executeQuery(
                "SELECT name, number FROM member ORDER BY org_id, number")) {
            while (rs.next()) {
                numbers.put(rs.getString(1), rs.getLong(2));
            }
        }
        assertEquals(Map.of("นางเอ ผลักพร้อมกัน", 1L, "นายบี ผลักพร้อมกัน", 2L, "นางซี มาทีหลัง", 3L,
                "นายดี อีกธนาคาร", 1L), numbers);
    }

    private static void member(Statement st, String id, int org, String name, long seq) throws Exception {
        st.executeUpdate("INSERT INTO member (id, org_id, name, joined_on, version, created_seq, updated_seq) VALUES"
                + " (UNHEX(REPLACE('" + id + "', '-', '')), " + org + ", '" + name + "', '2026-01-02', 1, " + seq
                + ", " + seq + ")");
    }
}
