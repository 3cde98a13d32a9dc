package th.wastebank.server.report;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;

/** A report file sent to the browser to be saved, under a plain ASCII name. */
public final class Downloads {
    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv; charset=utf-8";

    private Downloads() {
    }

    public static HttpResponse<byte[]> file(byte[] bytes, String contentType, String fileName) {
        return HttpResponse.ok(bytes).contentType(MediaType.of(contentType))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store");
    }
}
