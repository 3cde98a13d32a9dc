package th.wastebank.server.auth;

import java.util.Optional;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.PostponedRequestArgumentBinder;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.config.WbSettings;

/**
 * Guards the operator API with the {@code WB_ADMIN_TOKEN} bearer secret. With no token configured
 * the operator API is closed rather than open. A controller method asks for an {@link Operator}
 * argument and is only run for the operator; the binding runs after the filters on the route's thread,
 * like {@link DeviceAuth}'s.
 */
@Singleton
public class AdminAuth implements TypedRequestArgumentBinder<Operator>, PostponedRequestArgumentBinder<Operator> {
    private static final Argument<Operator> OPERATOR = Argument.of(Operator.class);
    private static final Operator THE_OPERATOR = new Operator();
    private final WbSettings settings;

    public AdminAuth(WbSettings settings) {
        this.settings = settings;
    }

    @Override
    public Argument<Operator> argumentType() {
        return OPERATOR;
    }

    @Override
    public BindingResult<Operator> bind(ArgumentConversionContext<Operator> context, HttpRequest<?> source) {
        require(source.getHeaders().get(HttpHeaders.AUTHORIZATION));
        return () -> Optional.of(THE_OPERATOR);
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
