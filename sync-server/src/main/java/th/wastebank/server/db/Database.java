package th.wastebank.server.db;

import javax.sql.DataSource;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import io.micronaut.jdbc.DataSourceResolver;

/**
 * The connection pool itself, for the hand-written SQL of the sync path, which manages its own
 * transactions ({@link Tx}). The DataSource Micronaut injects hands out connections bound to
 * Micronaut's transaction context; this unwraps it to the plain pool.
 */
@Singleton
public class Database {
    private final DataSource pool;
    private final Reads reads;

    public Database(DataSource dataSource, @Nullable DataSourceResolver resolver) {
        this.pool = (resolver == null ? DataSourceResolver.DEFAULT : resolver).resolve(dataSource);
        this.reads = new Reads(pool);
    }

    public DataSource pool() {
        return pool;
    }

    /** Reads off the push path, on the same pool. */
    public Reads reads() {
        return reads;
    }
}
