package th.wastebank.progress;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.wastebank.validation.Limits;

/**
 * A public video link as the policy asks for it: YouTube (watch, shorts, live, youtu.be; www. or m.),
 * Facebook (…/videos/…, watch?v=, reel, share/v/ and share/r/, fb.watch; www., m. or web.) or TikTok
 * (@user/video/…, and the apps' share links vt.tiktok.com/… and vm.tiktok.com/…); any other host,
 * and any page there that cannot be told to be a video, is refused. A link is kept as typed
 * ({@link Normalised#asTyped()}: only https:// is added when no scheme was typed), never replaced by
 * its normal form; a short link an app's share button gives (which only the platform can expand) is
 * marked as one.
 */
public final class VideoUrl {
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{5,25}");
    private static final Pattern FB_VIDEO = Pattern.compile("/([A-Za-z0-9._-]+)/videos/(?:[^/]+/)?([0-9]{5,25})/?");
    private static final Pattern FB_REEL = Pattern.compile("/reel/([0-9]{5,25})/?");
    private static final Pattern FB_WATCH = Pattern.compile("/([A-Za-z0-9_-]{4,40})/?");
    private static final Pattern TIKTOK = Pattern.compile("/@([A-Za-z0-9._]{2,40})/video/([0-9]{5,25})/?");
    private static final Pattern YT_PATH = Pattern.compile("/(?:shorts|embed|live)/([A-Za-z0-9_-]{11})/?");
    private static final Pattern FB_SHARE = Pattern.compile("/share/([vr])/([A-Za-z0-9_-]{4,40})/?");
    private static final Pattern TIKTOK_SHORT = Pattern.compile("/([A-Za-z0-9]{4,40})/?");

    private VideoUrl() {
    }

    /** The platform of a normalised link. */
    public enum Platform {
        YOUTUBE,
        FACEBOOK,
        TIKTOK
    }

    /**
     * An accepted link: its normal form ({@code url}; for a short link the short link itself without
     * its query), where it lives, the link as typed (what is kept and shown; https:// added when no
     * scheme was typed) and whether it is a short link (youtu.be, fb.watch, facebook.com/share/…,
     * vt./vm.tiktok.com).
     */
    public record Normalised(String url, Platform platform, String asTyped, boolean shortLink) {
    }

    /** True when {@code text} is an accepted link that is a short link ("ลิงก์แบบย่อ"). */
    public static boolean isShortLink(String text) {
        return normalise(text).map(Normalised::shortLink).orElse(false);
    }

    /** {@code text} as an accepted link (kept as typed, with its normal form), or empty when it is not a video link on an accepted host. */
    public static Optional<Normalised> normalise(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (!t.matches("(?i)https?://.*")) {
            t = "https://" + t;
        }
        if (t.length() > Limits.MAX_URL_LENGTH) {
            return Optional.empty();
        }
        String typed = t;
        return parse(t).map(n -> new Normalised(n.url(), n.platform(), typed, n.shortLink()));
    }

    private static Optional<Normalised> parse(String t) {
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        String site = host.startsWith("www.") ? host.substring(4) : host.startsWith("m.") ? host.substring(2) : host;
        return switch (site) {
            case "youtube.com" -> youtube(path, query);
            case "youtu.be" -> id(path.replaceAll("^/|/$", ""), YOUTUBE_ID)
                    .map(id -> found("https://www.youtube.com/watch?v=" + id, Platform.YOUTUBE, true));
            case "facebook.com", "web.facebook.com" -> facebook(path, query);
            case "fb.watch" -> match(FB_WATCH, path)
                    .map(m -> found("https://fb.watch/" + m.group(1) + "/", Platform.FACEBOOK, true));
            case "tiktok.com" -> match(TIKTOK, path).map(m -> found(
                    "https://www.tiktok.com/@" + m.group(1) + "/video/" + m.group(2), Platform.TIKTOK, false));
            case "vt.tiktok.com", "vm.tiktok.com" -> match(TIKTOK_SHORT, path)
                    .map(m -> found("https://" + site + "/" + m.group(1) + "/", Platform.TIKTOK, true));
            default -> Optional.empty();
        };
    }

    private static Optional<Normalised> youtube(String path, String query) {
        if (path.equals("/watch") || path.equals("/watch/")) {
            return param(query, "v").flatMap(v -> id(v, YOUTUBE_ID))
                    .map(id -> found("https://www.youtube.com/watch?v=" + id, Platform.YOUTUBE, false));
        }
        return match(YT_PATH, path).map(m -> found("https://www.youtube.com/watch?v=" + m.group(1),
                Platform.YOUTUBE, false));
    }

    private static Optional<Normalised> facebook(String path, String query) {
        Optional<Matcher> video = match(FB_VIDEO, path);
        if (video.isPresent()) {
            return Optional.of(found("https://www.facebook.com/" + video.get().group(1) + "/videos/"
                    + video.get().group(2), Platform.FACEBOOK, false));
        }
        Optional<Matcher> reel = match(FB_REEL, path);
        if (reel.isPresent()) {
            return Optional.of(found("https://www.facebook.com/reel/" + reel.get().group(1), Platform.FACEBOOK, false));
        }
        if (path.equals("/watch") || path.equals("/watch/")) {
            return param(query, "v").flatMap(v -> id(v, DIGITS))
                    .map(id -> found("https://www.facebook.com/watch/?v=" + id, Platform.FACEBOOK, false));
        }
        return match(FB_SHARE, path).map(m -> found("https://www.facebook.com/share/" + m.group(1) + "/" + m.group(2)
                + "/", Platform.FACEBOOK, true));
    }

    private static Normalised found(String url, Platform platform, boolean shortLink) {
        return new Normalised(url, platform, url, shortLink);
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
