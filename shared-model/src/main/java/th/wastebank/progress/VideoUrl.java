package th.wastebank.progress;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A public video link as the policy asks for it: YouTube (watch, shorts, youtu.be), Facebook
 * (…/videos/…, watch?v=, fb.watch, reel) or TikTok (@user/video/…). Links are stored in one normal
 * form, so the same video typed two ways is the same link; any other host is refused.
 */
public final class VideoUrl {
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{5,25}");
    private static final Pattern FB_VIDEO = Pattern.compile("/([A-Za-z0-9._-]+)/videos/(?:[^/]+/)?([0-9]{5,25})/?");
    private static final Pattern FB_REEL = Pattern.compile("/reel/([0-9]{5,25})/?");
    private static final Pattern FB_WATCH = Pattern.compile("/([A-Za-z0-9_-]{4,40})/?");
    private static final Pattern TIKTOK = Pattern.compile("/@([A-Za-z0-9._]{2,40})/video/([0-9]{5,25})/?");
    private static final Pattern YT_PATH = Pattern.compile("/(?:shorts|embed|live)/([A-Za-z0-9_-]{11})/?");

    private VideoUrl() {
    }

    /** The platform of a normalised link. */
    public enum Platform {
        YOUTUBE,
        FACEBOOK,
        TIKTOK
    }

    /** A link in its normal form and where it lives. */
    public record Normalised(String url, Platform platform) {
    }

    /** The normal form of {@code text}, or empty when it is not a video link on an accepted host. */
    public static Optional<Normalised> normalise(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (!t.matches("(?i)https?://.*")) {
            t = "https://" + t;
        }
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        host = host.startsWith("www.") ? host.substring(4) : host.startsWith("m.") ? host.substring(2) : host;
        return switch (host) {
            case "youtube.com" -> youtube(path, query);
            case "youtu.be" -> id(path.replaceAll("^/|/$", ""), YOUTUBE_ID)
                    .map(id -> new Normalised("https://www.youtube.com/watch?v=" + id, Platform.YOUTUBE));
            case "facebook.com", "web.facebook.com" -> facebook(path, query);
            case "fb.watch" -> match(FB_WATCH, path)
                    .map(m -> new Normalised("https://fb.watch/" + m.group(1) + "/", Platform.FACEBOOK));
            case "tiktok.com" -> match(TIKTOK, path).map(m -> new Normalised(
                    "https://www.tiktok.com/@" + m.group(1) + "/video/" + m.group(2), Platform.TIKTOK));
            default -> Optional.empty();
        };
    }

    private static Optional<Normalised> youtube(String path, String query) {
        if (path.equals("/watch") || path.equals("/watch/")) {
            return param(query, "v").flatMap(v -> id(v, YOUTUBE_ID))
                    .map(id -> new Normalised("https://www.youtube.com/watch?v=" + id, Platform.YOUTUBE));
        }
        return match(YT_PATH, path).map(m -> new Normalised("https://www.youtube.com/watch?v=" + m.group(1),
                Platform.YOUTUBE));
    }

    private static Optional<Normalised> facebook(String path, String query) {
        Optional<Matcher> video = match(FB_VIDEO, path);
        if (video.isPresent()) {
            return Optional.of(new Normalised("https://www.facebook.com/" + video.get().group(1) + "/videos/"
                    + video.get().group(2), Platform.FACEBOOK));
        }
        Optional<Matcher> reel = match(FB_REEL, path);
        if (reel.isPresent()) {
            return Optional.of(new Normalised("https://www.facebook.com/reel/" + reel.get().group(1), Platform.FACEBOOK));
        }
        if (path.equals("/watch") || path.equals("/watch/")) {
            return param(query, "v").flatMap(v -> id(v, DIGITS))
                    .map(id -> new Normalised("https://www.facebook.com/watch/?v=" + id, Platform.FACEBOOK));
        }
        return Optional.empty();
    }

    private static Optional<Matcher> match(Pattern p, String path) {
        Matcher m = p.matcher(path);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    private static Optional<String> id(String candidate, Pattern p) {
        return p.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    private static Optional<String> param(String query, String name) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return Optional.of(pair.substring(eq + 1));
            }
        }
        return Optional.empty();
    }
}
