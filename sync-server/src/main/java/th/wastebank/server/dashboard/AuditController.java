package th.wastebank.server.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;

import th.wastebank.server.audit.AuditLog;
import th.wastebank.server.staff.StaffCaller;
import th.wastebank.server.staff.StaffRole;
import th.wastebank.server.web.Page;
import th.wastebank.server.web.Texts;
import th.wastebank.server.web.WebAuth;
import th.wastebank.server.web.WebProblem;

/**
 * {@code /web/audit}: the latest staff actions, for national administrators, in the reader's words:
 * each action code by its label (the code itself when a newer code has none yet) and each address
 * as people write it.
 */
@Controller("/web/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController {
    private final AuditLog audit;

    public AuditController(AuditLog audit) {
        this.audit = audit;
    }

    /** One row as shown. */
    public record Row(AuditLog.Entry entry, String action, String address) {
    }

    @Get
    public ModelAndView<Map<String, Object>> latest(HttpRequest<?> request, StaffCaller me) {
        if (me.role() != StaffRole.NATIONAL) {
            throw WebProblem.forbidden();
        }
        Texts t = Texts.of(request);
        List<Row> rows = audit.latest(500).stream().map(e -> new Row(e, label(t, e.action()),
                address(e.ip(), t.get("audit.here")))).toList();
        return Page.of("audit", request, me, Map.of("entries", rows));
    }

    private static String label(Texts t, String action) {
        String key = "audit.action." + action;
        String label = t.get(key);
        return label.equals(key) ? action : label;
    }

    /**
     * An address as people write it: an IPv4 address mapped into IPv6 ({@code ::ffff:1.2.3.4}) as
     * {@code 1.2.3.4}, IPv6 with its zeros compressed, and this machine (loopback) as
     * "127.0.0.1 ({@code here})".
     */
    static String address(String raw, String here) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String ip = raw.strip();
        int zone = ip.indexOf('%');
        if (zone > 0) {
            ip = ip.substring(0, zone);
        }
        if (ip.startsWith("[") && ip.endsWith("]")) {
            ip = ip.substring(1, ip.length() - 1);
        }
        String lower = ip.toLowerCase(Locale.ROOT);
        for (String mapped : List.of("::ffff:", "0:0:0:0:0:ffff:")) {
            if (lower.startsWith(mapped) && lower.substring(mapped.length()).matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                ip = lower.substring(mapped.length());
                lower = ip;
            }
        }
        if (lower.contains(":")) {
            lower = compress(lower);
        }
        if (lower.equals("::1") || lower.startsWith("127.")) {
            return "127.0.0.1 (" + here + ")";
        }
        return lower.contains(":") ? lower : ip;
    }

    /** {@code 2001:db8:0:0:0:0:0:1} → {@code 2001:db8::1} (the longest run of zero groups, as RFC 5952 asks). */
    private static String compress(String ip) {
        if (ip.contains("::") || ip.contains(".")) {
            return ip;
        }
        String[] groups = ip.split(":", -1);
        if (groups.length != 8) {
            return ip;
        }
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < 8; ) {
            if (groups[i].matches("0+")) {
                int j = i;
                while (j < 8 && groups[j].matches("0+")) {
                    j++;
                }
                if (j - i > bestLength && j - i > 1) {
                    bestStart = i;
                    bestLength = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append(i == 0 ? "::" : ":");
                i += bestLength - 1;
                continue;
            }
            out.append(groups[i].replaceFirst("^0+(?=.)", ""));
            if (i < 7) {
                out.append(':');
            }
        }
        return out.toString();
    }
}
