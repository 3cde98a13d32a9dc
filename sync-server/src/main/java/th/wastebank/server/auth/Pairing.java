package th.wastebank.server.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import th.wastebank.deposit.ReceiptNumber;
import th.wastebank.id.IdGenerator;
import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.config.WbSettings;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;
import th.wastebank.server.db.Tx;
import th.wastebank.sync.OrgRef;
import th.wastebank.sync.PairRequest;
import th.wastebank.sync.PairResponse;

/**
 * Pairs phones with an อปท.: staff create a short-lived, single-use code; a phone trades it for a
 * device id and a token that authorises exactly that org until revoked.
 */
@Singleton
public class Pairing {
    private final DataSource dataSource;
    private final Reads reads;
    private final WbSettings settings;
    private final Clock clock;
    private final IdGenerator ids;
    private final AttemptLimiter limiter;

    public Pairing(Database database, WbSettings settings, Clock clock, IdGenerator ids) {
        this.dataSource = database.pool();
        this.reads = database.reads();
        this.settings = settings;
        this.clock = clock;
        this.ids = ids;
        this.limiter = new AttemptLimiter(20, Duration.ofMinutes(10), clock);
    }

    @Serdeable
    public record PairingCode(String code, Instant expiresAt, String orgCode) {
    }

    @Serdeable
    public record DeviceInfo(UUID deviceId, String name, Instant pairedAt, @Nullable Instant lastSeenAt,
                             @Nullable Instant revokedAt) {
    }

    /** A new pairing code for the org; {@code alsoDo} (its audit row) is written in the same transaction. */
    public PairingCode createCode(String orgCode, Tx.Step alsoDo) {
        long orgId = orgId(orgCode);
        String code = Secrets.newPairingCode();
        Instant now = clock.instant();
        Instant expires = now.plus(settings.getPairingCodeTtl());
        Tx.readCommitted(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO pairing_code (code_hash, org_id, created_at, expires_at) VALUES (?,?,?,?)")) {
                ps.setBytes(1, Secrets.sha256(Secrets.normalisePairingCode(code)));
                ps.setLong(2, orgId);
                ps.setObject(3, Jdbc.utc(now));
                ps.setObject(4, Jdbc.utc(expires));
                ps.executeUpdate();
            }
            alsoDo.run(c);
            return null;
        });
        return new PairingCode(code, expires, orgCode);
    }

    /** Trades a code for a device; {@code clientKey} is what the wrong-code limiter counts by. */
    public PairResponse pair(PairRequest request, String clientKey) {
        Duration wait = limiter.attempt(clientKey);
        if (wait != null) {
            throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "too-many-pairing-attempts", "Too many requests",
                    "Too many wrong pairing codes from this address; wait and try again",
                    "ลองจับคู่หลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่", wait);
        }
        String code = Secrets.normalisePairingCode(request == null ? null : request.code());
        String name = request == null || request.deviceName() == null ? "" : request.deviceName().strip();
        if (code.isEmpty()) {
            limiter.forgive(clientKey);
            throw ApiProblem.badRequest("pairing-code-missing", "Field 'code' is required", "กรุณากรอกรหัสจับคู่");
        }
        if (name.isEmpty() || name.length() > 100) {
            limiter.forgive(clientKey);
            throw ApiProblem.badRequest("device-name-invalid", "Field 'deviceName' must be 1 to 100 characters",
                    "กรุณาตั้งชื่อเครื่อง (ไม่เกิน 100 ตัวอักษร)");
        }
        Instant now = clock.instant();
        UUID deviceId = ids.next();
        String token = Secrets.newDeviceToken();
        // counted as wrong until it proves right, so that codes tried at once count one by one
        long orgId = Tx.readCommitted(dataSource, c -> claimCode(c, code, now, deviceId, name, token));
        limiter.forgive(clientKey);
        return new PairResponse(deviceId, token, orgRef(orgId), receiptCode(orgId, deviceId));
    }

    private static long claimCode(Connection c, String code, Instant now, UUID deviceId, String name, String token)
            throws SQLException {
        long orgId;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT org_id, expires_at, used_at FROM pairing_code WHERE code_hash = ? FOR UPDATE")) {
            ps.setBytes(1, Secrets.sha256(code));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiProblem.notFound("pairing-code-invalid", "No such pairing code",
                            "รหัสจับคู่ไม่ถูกต้อง กรุณาตรวจสอบแล้วลองอีกครั้ง");
                }
                orgId = rs.getLong(1);
                if (rs.getTimestamp(3) != null) {
                    throw new ApiProblem(HttpStatus.GONE, "pairing-code-used", "Gone",
                            "This pairing code was already used", "รหัสจับคู่นี้ถูกใช้ไปแล้ว กรุณาขอรหัสใหม่จากเจ้าหน้าที่");
                }
                if (!Jdbc.instant(rs, 2).isAfter(now)) {
                    throw new ApiProblem(HttpStatus.GONE, "pairing-code-expired", "Gone",
                            "This pairing code has expired", "รหัสจับคู่หมดอายุแล้ว กรุณาขอรหัสใหม่จากเจ้าหน้าที่");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO device (id, org_id, name, token_hash, paired_at) VALUES (?,?,?,?,?)")) {
            ps.setBytes(1, Jdbc.bytes(deviceId));
            ps.setLong(2, orgId);
            ps.setString(3, name);
            ps.setBytes(4, Secrets.sha256(token));
            ps.setObject(5, Jdbc.utc(now));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE pairing_code SET used_at = ?, device_id = ? WHERE code_hash = ?")) {
            ps.setObject(1, Jdbc.utc(now));
            ps.setBytes(2, Jdbc.bytes(deviceId));
            ps.setBytes(3, Secrets.sha256(code));
            ps.executeUpdate();
        }
        return orgId;
    }

    /**
     * The two characters that begin the device's receipt numbers: its place in the org's pairing
     * order (device ids are UUIDv7, so they sort by pairing time), so no two phones of a bank share
     * one. Two phones paired in the same millisecond with codes of one org could be counted alike;
     * pairing is done by hand, one phone at a time.
     */
    private String receiptCode(long orgId, UUID deviceId) {
        long before = Tx.readCommitted(dataSource, c -> Reads.query(c,
                "SELECT COUNT(*) FROM device WHERE org_id = ? AND id < ?", Reads::count, orgId, deviceId));
        return ReceiptNumber.phoneCode((int) (before % ReceiptNumber.MAX_PHONES));
    }

    public List<DeviceInfo> devices(String orgCode) {
        long orgId = orgId(orgCode);
        return reads.list("SELECT id, name, paired_at, last_seen_at, revoked_at"
                + " FROM device WHERE org_id = ? ORDER BY paired_at",
                rs -> new DeviceInfo(Jdbc.uuid(rs.getBytes(1)), rs.getString(2), Jdbc.instant(rs, 3),
                Jdbc.instant(rs, 4), Jdbc.instant(rs, 5)), orgId);
    }

    /** Revokes a device of {@code orgCode}; a device of another org is "not found". */
    /** Revokes a phone of the org (404 when it has none such); {@code alsoDo} is written in the same transaction. */
    public void revoke(String orgCode, UUID deviceId, Tx.Step alsoDo) {
        long orgId = orgId(orgCode);
        int changed = Tx.readCommitted(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE device SET revoked_at = COALESCE(revoked_at, ?)"
                    + " WHERE id = ? AND org_id = ?")) {
                ps.setObject(1, Jdbc.utc(clock.instant()));
                ps.setBytes(2, Jdbc.bytes(deviceId));
                ps.setLong(3, orgId);
                if (ps.executeUpdate() == 0) {
                    return 0;
                }
            }
            alsoDo.run(c);
            return 1;
        });
        if (changed == 0) {
            throw ApiProblem.notFound("device-not-found", "No such device in this organisation", "ไม่พบเครื่องนี้");
        }
    }

    /** The org's id for its code, or 404. */
    public long orgId(String orgCode) {
        return reads.one("SELECT id FROM org WHERE code = ?", rs -> rs.getLong(1), orgCode)
                .orElseThrow(() -> ApiProblem.notFound("org-not-found", "No organisation with code " + orgCode,
                        "ไม่พบ อปท. รหัสนี้"));
    }

    private OrgRef orgRef(long orgId) {
        // the code was just claimed for this org in a committed transaction: its row is there
        return reads.one("SELECT o.code, o.name_th, d.name_th, p.name_th FROM org o"
                + " LEFT JOIN district d ON d.code = o.district_code"
                + " LEFT JOIN province p ON p.code = o.province_code WHERE o.id = ?",
                rs -> new OrgRef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), orgId).orElseThrow();
    }
}
