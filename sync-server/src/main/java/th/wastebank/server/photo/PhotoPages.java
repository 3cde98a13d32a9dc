package th.wastebank.server.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;

import th.wastebank.server.web.WebProblem;

/**
 * A photo as the web pages show it (the officers' อปท. page, the public pages): the type found in its
 * bytes, or its JPEG thumbnail, under a policy that runs nothing; the page's 404 when the org does not
 * hold it or its bytes are gone.
 */
public final class PhotoPages {
    private PhotoPages() {
    }

    public static MutableHttpResponse<StreamedFile> image(Photos photos, long orgId, String sha256, boolean thumb) {
        Photos.Photo p = photos.find(orgId, sha256).orElseThrow(WebProblem::notFound);
        try {
            InputStream in = photos.open(p.sha256(), thumb).orElseThrow(WebProblem::notFound);
            return HttpResponse.ok(new StreamedFile(in, MediaType.of(thumb ? ImageType.JPEG.contentType()
                    : p.type().contentType()))).header("Content-Security-Policy", "default-src 'none'");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
