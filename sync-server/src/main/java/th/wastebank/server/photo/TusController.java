package th.wastebank.server.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Head;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Options;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.auth.DeviceAuth;
import th.wastebank.server.auth.DeviceCaller;

/**
 * The tus 1.0.0 endpoint for photo uploads, usable by any tus client with the device's bearer
 * token. PATCH may also arrive as POST with {@code X-HTTP-Method-Override: PATCH} (Java's
 * HttpURLConnection, which tus-java-client uses, cannot send PATCH).
 */
@Controller("/api/v1/uploads")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TusController {
    static final String VERSION = "1.0.0";
    static final String OFFSET_STREAM = "application/offset+octet-stream";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final DeviceAuth deviceAuth;
    private final Uploads uploads;

    public TusController(DeviceAuth deviceAuth, Uploads uploads) {
        this.deviceAuth = deviceAuth;
        this.uploads = uploads;
    }

    @Options
    public HttpResponse<Void> options() {
        return HttpResponse.<Void>noContent()
                .header("Tus-Resumable", VERSION)
                .header("Tus-Version", VERSION)
                .header("Tus-Extension", "creation,checksum,termination,expiration")
                .header("Tus-Max-Size", Long.toString(Uploads.MAX_SIZE))
                .header("Tus-Checksum-Algorithm", ChunkChecksum.ALGORITHMS);
    }

    @Post
    @Consumes(MediaType.ALL)
    public HttpResponse<Void> create(HttpRequest<?> request, DeviceCaller caller,
                                     @Header("Tus-Resumable") @Nullable String tus,
                                     @Header("Upload-Length") @Nullable String length,
                                     @Header("Upload-Metadata") @Nullable String metadata) {
        requireVersion(tus);
        Upload u = uploads.create(caller, length, metadata);
        return tusHeaders(HttpResponse.<Void>status(HttpStatus.CREATED), u)
                .header("Location", request.getPath().replaceAll("/$", "") + "/" + u.id());
    }

    @Head("/{id}")
    public HttpResponse<Void> head(DeviceCaller caller,
                                   @Header("Tus-Resumable") @Nullable String tus, @PathVariable UUID id) {
        requireVersion(tus);
        Upload u = uploads.settled(caller, id);
        return tusHeaders(HttpResponse.<Void>ok(), u).header("Upload-Length", Long.toString(u.length()))
                .header("Cache-Control", "no-store");
    }

    @Patch("/{id}")
    @Consumes(OFFSET_STREAM)
    public HttpResponse<Void> patch(HttpRequest<?> request, DeviceCaller caller,
                                    @Header("Tus-Resumable") @Nullable String tus, @PathVariable UUID id,
                                    @Header("Upload-Offset") @Nullable String offset,
                                    @Header("Upload-Checksum") @Nullable String checksum) {
        requireVersion(tus);
        Upload u;
        try (InputStream body = ((ServerHttpRequest<?>) request).byteBody().toInputStream()) {
            u = uploads.patch(caller, id, offset, checksum, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // closing a body stream that is already consumed does not fail
        }
        return tusHeaders(HttpResponse.<Void>noContent(), u);
    }

    /** PATCH for clients that can only POST. */
    @Post("/{id}")
    @Consumes({OFFSET_STREAM, MediaType.ALL})
    public HttpResponse<Void> patchOverride(HttpRequest<?> request, @Header("Authorization") @Nullable String auth,
                                            @Header("Tus-Resumable") @Nullable String tus, @PathVariable UUID id,
                                            @Header("X-HTTP-Method-Override") @Nullable String override,
                                            @Header("Upload-Offset") @Nullable String offset,
                                            @Header("Upload-Checksum") @Nullable String checksum) {
        if (!"PATCH".equalsIgnoreCase(override)) {
            throw new ApiProblem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
                    "POST to an upload needs X-HTTP-Method-Override: PATCH", "ไม่รองรับคำขอแบบนี้");
        }
        if (!request.getContentType().map(t -> t.toString().startsWith(OFFSET_STREAM)).orElse(false)) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                    "A PATCH body is " + OFFSET_STREAM, "รูปแบบข้อมูลไม่ถูกต้อง");
        }
        // Checked in this order before, so an unpaired client misusing the override still hears 405/415:
        // this route alone takes the token by hand instead of as a bound DeviceCaller.
        return patch(request, deviceAuth.require(auth), tus, id, offset, checksum);
    }

    @Delete("/{id}")
    public HttpResponse<Void> terminate(DeviceCaller caller,
                                        @Header("Tus-Resumable") @Nullable String tus, @PathVariable UUID id) {
        requireVersion(tus);
        uploads.terminate(caller, id);
        return HttpResponse.<Void>noContent().header("Tus-Resumable", VERSION);
    }

    private static MutableHttpResponse<Void> tusHeaders(MutableHttpResponse<Void> response, Upload u) {
        return response.header("Tus-Resumable", VERSION)
                .header("Upload-Offset", Long.toString(u.received()))
                .header("Upload-Expires", HTTP_DATE.format(u.expiresAt()));
    }

    private static void requireVersion(String tus) {
        if (!VERSION.equals(tus == null ? null : tus.strip())) {
            throw new ApiProblem(HttpStatus.PRECONDITION_FAILED, "tus-version", "Precondition failed",
                    "Send Tus-Resumable: " + VERSION, "แอปรุ่นนี้ส่งรูปด้วยวิธีที่เซิร์ฟเวอร์ไม่รองรับ");
        }
    }
}
