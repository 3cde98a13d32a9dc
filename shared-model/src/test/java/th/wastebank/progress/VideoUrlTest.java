package th.wastebank.progress;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    @ValueSource(strings = {
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
