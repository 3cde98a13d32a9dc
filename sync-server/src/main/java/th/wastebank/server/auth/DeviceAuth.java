package th.wastebank.server.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;

import javax.sql.DataSource;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.config.WbSettings;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;

/**
 * Resolves {@code Authorization: Bearer <device token>} to a {@link DeviceCaller}, or answers 401
 * with the reason (missing, unknown, revoked). Every device endpoint starts here, and so each token
 * spends its request budget here, before the database is asked (429 with Retry-After when spent).
 */
@Singleton
public class DeviceAuth {
    private final DataSource dataSource;
    private final RequestBudget budget;
    private final int perMinute;

    public DeviceAuth(Database database, WbSettings settings) {
        this.dataSource = database.pool();
        this.perMinute = settings.getDeviceRequestsPerMinute();
        this.budget = RequestBudget.perMinute(perMinute);
    }

    public DeviceCaller require(String authorization) {
        String token = bearer(authorization);
        if (token == null) {
            throw ApiProblem.unauthorized("token-missing", "Send the device token as 'Authorization: Bearer <token>'",
                    "เครื่องนี้ยังไม่ได้จับคู่กับเซิร์ฟเวอร์ กรุณาจับคู่ก่อน");
        }
        byte[] hash = Secrets.sha256(token);
        Duration wait = budget.take(HexFormat.of().formatHex(hash));
        if (wait != null) {
            throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
                    "This device sent more than " + perMinute + " requests in a minute; wait and try again",
                    "เครื่องนี้ส่งข้อมูลถี่เกินไป กรุณารอสักครู่ แอปจะส่งต่อเอง", wait);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT d.id, d.org_id, d.name, d.revoked_at, o.code"
                     + " FROM device d JOIN org o ON o.id = d.org_id WHERE d.token_hash = ?")) {
            ps.setBytes(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiProblem.unauthorized("token-invalid", "Unknown device token",
                            "รหัสเครื่องไม่ถูกต้อง กรุณาจับคู่เครื่องใหม่");
                }
                if (rs.getTimestamp(4) != null) {
                    throw ApiProblem.unauthorized("token-revoked", "This device was unpaired by the organisation",
                            "เครื่องนี้ถูกยกเลิกการเชื่อมต่อแล้ว กรุณาติดต่อเจ้าหน้าที่ อปท. เพื่อจับคู่ใหม่");
                }
                return new DeviceCaller(Jdbc.uuid(rs.getBytes(1)), rs.getLong(2), rs.getString(5), rs.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("device lookup failed", e);
        }
    }

    /** The token of a Bearer header, or null when absent or of another scheme. */
    public static String bearer(String authorization) {
        if (authorization == null) {
            return null;
        }
        String h = authorization.strip();
        if (h.length() < 8 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = h.substring(7).strip();
        return token.isEmpty() ? null : token;
    }
}
