package th.wastebank.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * The query helper of everything off the push path (pages, reports, lookups; see ADR 0001): a
 * statement on a pooled connection, its parameters bound the way the schema stores them (a UUID as
 * BINARY(16), an instant as UTC DATETIME), and the one place where a failed read becomes an
 * unchecked {@link IllegalStateException} (a lost database is still recognised by its cause, see
 * {@link DatabaseUnavailable#isCause}). The push path keeps its own transactions ({@link Tx}).
 */
public final class Reads {
    private final DataSource pool;

    Reads(DataSource pool) {
        this.pool = pool;
    }

    /** Maps the row the result set stands on. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Reads a whole result set. */
    @FunctionalInterface
    public interface Result<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Several statements on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Statements on one connection that answer nothing. */
    @FunctionalInterface
    public interface VoidWork {
        void run(Connection c) throws SQLException;
    }

    /** Every row, in the statement's order. */
    public <T> List<T> list(String sql, Row<T> row, Object... params) {
        return query(sql, rs -> rows(rs, row), params);
    }

    /** The first row, if any. */
    public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        return with(c -> one(c, sql, row, params));
    }

    /** The whole result set read by {@code result}. */
    public <T> T query(String sql, Result<T> result, Object... params) {
        return with(c -> query(c, sql, result, params));
    }

    /** {@code work} on one pooled connection, closed after it. */
    public <T> T with(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A statement on a connection already held (inside {@link #with}). */
    public static <T> T query(Connection c, String sql, Result<T> result, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return result.read(rs);
            }
        }
    }

    /** {@code work} on one pooled connection, for work that answers nothing. */
    public void run(VoidWork work) {
        with(c -> {
            work.run(c);
            return null;
        });
    }

    /** Every row of a statement on a connection already held. */
    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        return query(c, sql, rs -> rows(rs, row), params);
    }

    /** The first row of a statement on a connection already held, if any. */
    public static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        return query(c, sql, rs -> rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty(), params);
    }

    /** The first column of the first row as a number, 0 when there is no row (a COUNT or a SUM). */
    public static long count(ResultSet rs) throws SQLException {
        return rs.next() ? rs.getLong(1) : 0L;
    }

    /** Binds {@code params} from the first placeholder on. */
    public static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof UUID id) {
                ps.setBytes(i + 1, Jdbc.bytes(id));
            } else if (p instanceof Instant at) {
                ps.setObject(i + 1, Jdbc.utc(at));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    private static <T> List<T> rows(ResultSet rs, Row<T> row) throws SQLException {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
            out.add(row.map(rs));
        }
        return out;
    }
}
