package th.wastebank.server.welfare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import th.wastebank.json.CanonicalJson;
import th.wastebank.json.PayloadReader;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.sync.Batch;
import th.wastebank.welfare.SchemeUpsert;

/** The welfare schemes one push reads (by id, whatever their org) and the scheme rows and versions it writes. */
final class WelfareSchemes {
    private final Set<UUID> wanted = new HashSet<>();
    private final Map<UUID, WelfareBatch.Scheme> schemes = new HashMap<>();
    private final List<Object[]> inserts = new ArrayList<>();
    private final List<Object[]> updates = new ArrayList<>();
    private final List<Object[]> versions = new ArrayList<>();

    void want(UUID id) {
        wanted.add(id);
    }

    WelfareBatch.Scheme find(UUID id) {
        return schemes.get(id);
    }

    void insert(long orgId, UUID id, SchemeUpsert s, long seq) {
        inserts.add(new Object[] {Jdbc.bytes(id), orgId, s.name(), s.kind(), s.funding(), s.status(),
                CanonicalJson.write(s.toJson()), s.version(), seq});
        schemes.put(id, new WelfareBatch.Scheme(orgId, s));
    }

    /** The scheme edited: the state it replaces is kept as a version. */
    void update(long orgId, UUID id, WelfareBatch.Scheme previous, SchemeUpsert s, long seq) {
        versions.add(new Object[] {orgId, Jdbc.bytes(id), previous.state().version(),
                CanonicalJson.write(previous.state().toJson()), seq});
        updates.add(new Object[] {s.name(), s.kind(), s.funding(), s.status(), CanonicalJson.write(s.toJson()),
                s.version(), seq, Jdbc.bytes(id)});
        schemes.put(id, new WelfareBatch.Scheme(orgId, s));
    }

    void load(Batch batch) throws SQLException {
        if (wanted.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT id, org_id, state FROM welfare_scheme"
                + " WHERE id IN (" + Jdbc.placeholders(wanted.size()) + ")")) {
            Jdbc.bindIds(ps, 1, wanted);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SchemeUpsert state = SchemeUpsert.read(PayloadReader.of(batch.parseJson(rs.getString(3))));
                    schemes.put(Jdbc.uuid(rs.getBytes(1)), new WelfareBatch.Scheme(rs.getLong(2), state));
                }
            }
        }
    }

    void flush(Connection c) throws SQLException {
        Jdbc.batch(c, "INSERT INTO welfare_scheme (id, org_id, name, kind, funding, status, state, version, updated_seq)"
                + " VALUES (?,?,?,?,?,?,?,?,?)", inserts);
        Jdbc.batch(c, "INSERT INTO welfare_scheme_version (org_id, scheme_id, version, state, superseded_seq)"
                + " VALUES (?,?,?,?,?)", versions);
        Jdbc.batch(c, "UPDATE welfare_scheme SET name = ?, kind = ?, funding = ?, status = ?, state = ?, version = ?,"
                + " updated_seq = ? WHERE id = ?", updates);
    }
}
