package th.wastebank.server.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.auth.DeviceCaller;

/**
 * {@code GET|HEAD /api/v1/photos/{sha256}}: a photo of the caller's org (or its thumbnail with
 * {@code ?variant=thumb}). A phone asks with HEAD (answered by the same route, without the body)
 * before uploading, so no photo is sent twice. Another
 * org's photo does not exist for the caller, whatever the hash. Photos are always served with the
 * type found in their bytes and never as something a browser would run.
 */
@Controller("/api/v1/photos")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PhotoController {
    private final Photos photos;

    public PhotoController(Photos photos) {
        this.photos = photos;
    }

    @Get("/{sha256}")
    public HttpResponse<StreamedFile> get(DeviceCaller caller, @PathVariable String sha256,
                                          @QueryValue @Nullable String variant) {
        Photos.Photo p = find(caller, sha256);
        boolean thumb = "thumb".equals(variant);
        try {
            InputStream in = photos.open(p.sha256(), thumb).orElseThrow(() -> ApiProblem.notFound("photo-not-found",
                    "The photo's bytes are missing from storage", "ไม่พบไฟล์รูปภาพ"));
            String type = thumb ? ImageType.JPEG.contentType() : p.type().contentType();
            return safe(HttpResponse.ok(new StreamedFile(in, io.micronaut.http.MediaType.of(type))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Photos.Photo find(DeviceCaller caller, String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw ApiProblem.notFound("photo-not-found", "No such photo", "ไม่พบรูปภาพ");
        }
        return photos.find(caller.orgId(), sha256).orElseThrow(() -> ApiProblem.notFound("photo-not-found",
                "No such photo in this organisation", "ไม่พบรูปภาพ"));
    }

    private static <T> MutableHttpResponse<T> safe(MutableHttpResponse<T> response) {
        return response.header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'")
                .header("Cache-Control", "private, max-age=31536000, immutable");
    }
}
