package th.wastebank.server.auth;

/**
 * The operator behind a request to the operator API: whoever holds {@code WB_ADMIN_TOKEN}. It names
 * no one; a controller method that asks for it as an argument is answered only for the operator
 * (see {@link AdminAuth}).
 */
public record Operator() {
}
