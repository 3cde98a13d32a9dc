package th.wastebank.server.sync;

import java.sql.SQLException;

/**
 * A row a push inserts has an id (or another unique key) that is already taken. Appliers find
 * clashes with rows of the same push themselves; a clash with a stored row is normally left to
 * the primary key (a UUIDv7 made on a phone does not collide by accident), which ends the push's
 * transaction with this, and the push runs again with {@link Batch#checkNewIds()} set so that the
 * op at fault is answered ENTITY_CONFLICT alone.
 */
public final class EntityIdClash extends RuntimeException {
    EntityIdClash(SQLException cause) {
        super("a new row's key is already taken: " + cause.getMessage(), cause);
    }
}
