package th.wastebank.server.auth;

import jakarta.inject.Singleton;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.config.WbSettings;

/**
 * Guards the operator API with the {@code WB_ADMIN_TOKEN} bearer secret. With no token configured
 * the operator API is closed rather than open.
 */
@Singleton
public class AdminAuth {
    private final WbSettings settings;

    public AdminAuth(WbSettings settings) {
        this.settings = settings;
    }

    public void require(String authorization) {
        if (settings.getAdminToken().isBlank()) {
            throw ApiProblem.forbidden("operator-api-disabled",
                    "The operator API is off: start the server with WB_ADMIN_TOKEN set",
                    "ยังไม่ได้เปิดใช้งาน API สำหรับผู้ดูแลระบบ");
        }
        String token = DeviceAuth.bearer(authorization);
        if (token == null || !Secrets.same(token, settings.getAdminToken())) {
            throw ApiProblem.unauthorized("admin-token-invalid", "Missing or wrong operator token",
                    "รหัสผู้ดูแลระบบไม่ถูกต้อง");
        }
    }
}
