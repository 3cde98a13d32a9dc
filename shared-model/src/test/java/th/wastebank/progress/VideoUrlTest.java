package th.wastebank.progress;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import th.wastebank.validation.Limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VideoUrlTest {
    @ParameterizedTest
    @CsvSource({
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&si=abc, https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "youtube.com/watch?v=dQw4w9WgXcQ, https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ, https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtube.com/shorts/dQw4w9WgXcQ?si=xyz, https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ?si=xyz, https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.facebook.com/nayangklak.sao/videos/1234567890123456/, https://www.facebook.com/nayangklak.sao/videos/1234567890123456",
            "https://m.facebook.com/watch/?v=1234567890123456, https://www.facebook.com/watch/?v=1234567890123456",
            "https://fb.watch/abCdEf123/, https://fb.watch/abCdEf123/",
            "https://www.facebook.com/reel/987654321098765, https://www.facebook.com/reel/987654321098765",
            "https://www.tiktok.com/@nayangklak_sao/video/7301234567890123456?lang=th, https://www.tiktok.com/@nayangklak_sao/video/7301234567890123456"
    })
    void acceptedLinksAreStoredInOneNormalForm(String typed, String normal) {
        assertEquals(normal, VideoUrl.normalise(typed).orElseThrow().url());
    }

    @ParameterizedTest
    @CsvSource({
            "https://vt.tiktok.com/ZSjAbC123/, TIKTOK, true",
            "vt.tiktok.com/ZSjAbC123, TIKTOK, true",
            "https://vm.tiktok.com/ZMhXyZ789/?_r=1, TIKTOK, true",
            "https://www.facebook.com/share/v/1AbCdEfGhJ/, FACEBOOK, true",
            "https://facebook.com/share/r/15xYz9AbC/?mibextid=rS40aB7S9Ucbxw6v, FACEBOOK, true",
            "https://m.facebook.com/share/v/1AbCdEfGhJ/, FACEBOOK, true",
            "www.facebook.com/share/r/15xYz9AbC, FACEBOOK, true",
            "https://fb.watch/abCdEf123/?mibextid=Nif5oz, FACEBOOK, true",
            "https://m.facebook.com/nayangklak.sao/videos/1234567890123456/, FACEBOOK, false",
            "https://m.facebook.com/watch/?v=1234567890123456&mibextid=abc, FACEBOOK, false",
            "https://m.facebook.com/reel/987654321098765?s=yWDuG2, FACEBOOK, false",
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ&si=AbCdEf, YOUTUBE, false",
            "https://youtube.com/live/dQw4w9WgXcQ?si=AbCdEf, YOUTUBE, false",
            "https://www.youtube.com/live/dQw4w9WgXcQ?feature=share, YOUTUBE, false",
            "https://m.youtube.com/live/dQw4w9WgXcQ, YOUTUBE, false",
            "https://youtu.be/dQw4w9WgXcQ?si=AbCdEfGh12345, YOUTUBE, true",
            "www.youtube.com/watch?v=dQw4w9WgXcQ&si=AbCdEf, YOUTUBE, false",
            "https://www.tiktok.com/@nayangklak_sao/video/7301234567890123456?is_from_webapp=1, TIKTOK, false"
    })
    void theAppsShareLinksAreAcceptedKeptAsTypedAndShortOnesMarked(String typed, VideoUrl.Platform platform,
                                                                   boolean shortLink) {
        VideoUrl.Normalised n = VideoUrl.normalise("  " + typed + " ").orElseThrow();
        String kept = typed.startsWith("https://") ? typed : "https://" + typed;
        assertEquals(kept, n.asTyped());
        assertEquals(platform, n.platform());
        assertEquals(shortLink, n.shortLink());
        assertEquals(shortLink, VideoUrl.isShortLink(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.facebook.com/share/p/1AbCdEfGhJ/",
            "https://www.facebook.com/share/1AbCdEfGhJ/",
            "https://vt.tiktok.com/",
            "https://vt.tiktok.com/ZSj/AbC/",
            "https://m.facebook.com/profile.php?id=100012345678901",
            "https://m.youtube.com/watch?si=AbCdEf",
            "https://youtube.com/live/",
            "https://lite.tiktok.com/ZSjAbC123/",
            "https://vimeo.com/123456789",
            "https://drive.google.com/file/d/abc/view",
            "https://www.youtube.com/channel/UC1234567890",
            "https://www.facebook.com/nayangklak.sao",
            "https://www.tiktok.com/@nayangklak_sao",
            "https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ",
            "not a link at all",
            ""})
    void otherHostsAndPagesThatAreNotAVideoAreRefused(String typed) {
        assertEquals(Optional.empty(), VideoUrl.normalise(typed));
        assertFalse(VideoUrl.isShortLink(typed));
    }

    @Test
    void aLinkLongerThanAPayloadMayCarryIsRefused() {
        String longest = "https://vt.tiktok.com/ZSjAbC123/?x=";
        assertTrue(VideoUrl.normalise(longest + "a".repeat(Limits.MAX_URL_LENGTH - longest.length())).isPresent());
        assertEquals(Optional.empty(),
                VideoUrl.normalise(longest + "a".repeat(Limits.MAX_URL_LENGTH - longest.length() + 1)));
    }

    @Test
    void aFiveMinuteVideoIsFineAndOneSecondMoreIsTooLong() {
        assertTrue(!VideoRules.tooLong(300) && VideoRules.tooLong(301));
    }

    @Test
    void theFileNameMustFollowTheLetter() {
        assertTrue(VideoRules.fileNameFollowsTheLetter(
                "การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) ขององค์การบริหารส่วนตำบลนายางกลัก.mp4"));
        assertTrue(VideoRules.fileNameFollowsTheLetter(
                "การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) ของเทศบาลตำบลบ้านแม่ต้าน"));
        assertTrue(!VideoRules.fileNameFollowsTheLetter("VID_20261123_101500.mp4"));
        assertTrue(!VideoRules.fileNameFollowsTheLetter(
                "การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) ของเทศบาล/องค์การบริหารส่วนตำบล ....mp4"));
    }
}
