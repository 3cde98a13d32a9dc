-- Which request holds an upload, so that any server node continues any upload (the bytes so far are
-- in WB_UPLOAD_DIR, which every node of a cluster shares). The newest request wins: it raises
-- holder (a generation), which tells the request writing on another node to record its bytes and
-- let go; writer is the generation now writing and writer_seen its last sign of life (UTC, the
-- database's clock), so a node that died while writing is waited for only a few seconds.
ALTER TABLE upload
    ADD COLUMN holder      BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN writer      BIGINT      NULL,
    ADD COLUMN writer_seen DATETIME(3) NULL;
