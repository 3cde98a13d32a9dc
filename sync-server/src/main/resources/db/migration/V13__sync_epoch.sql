-- Which life of the op log this database is in (ADR 0009). A restore from a backup brings back
-- the epoch of the day the backup was made, so the restore renews it (SyncEpoch.RENEW_SQL); every
-- push and pull answer carries it, and a phone that sees it change sends again the ops the server
-- had acknowledged, since the restored database may lack them. One row; a server that finds none
-- makes one (SyncEpoch.current).
CREATE TABLE sync_epoch (
    id       TINYINT     NOT NULL PRIMARY KEY,
    epoch    CHAR(36)    NOT NULL,
    began_at DATETIME(3) NOT NULL
) ENGINE = InnoDB;
INSERT INTO sync_epoch (id, epoch, began_at) VALUES (1, UUID(), UTC_TIMESTAMP(3));
