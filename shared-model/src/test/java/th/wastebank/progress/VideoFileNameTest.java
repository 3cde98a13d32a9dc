package th.wastebank.progress;

import org.junit.jupiter.api.Test;

import th.wastebank.progress.VideoRules.FileName;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VideoFileNameTest {
    private static final String START = "การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) ของ";

    @Test
    void everyKindOfLocalGovernmentInTheRegisterFollowedByItsName() {
        assertEquals(FileName.OK, VideoRules.checkFileName(START + "องค์การบริหารส่วนตำบลบ้านนา"));
        assertEquals(FileName.OK, VideoRules.checkFileName(START + "เทศบาลตำบลท่าอิฐ"));
        assertEquals(FileName.OK, VideoRules.checkFileName(START + "เทศบาลเมืองอุตรดิตถ์"));
        assertEquals(FileName.OK, VideoRules.checkFileName(START + "เทศบาลนครเชียงใหม่"));
        assertEquals(FileName.OK, VideoRules.checkFileName(START + "เทศบาลบ้านใหม่"), "the letter's plain เทศบาล");
        assertEquals(FileName.OK, VideoRules.checkFileName(START + "เทศบาลตำบล บ้านนา"), "a space after the kind");
    }

    @Test
    void theSpecialOnesAreTheirOwnName() {
        assertEquals(FileName.OK, VideoRules.checkFileName(START + "เมืองพัทยา"));
        assertEquals(FileName.OK, VideoRules.checkFileName(START + "เมืองพัทยา.mp4"));
        assertEquals(FileName.OK, VideoRules.checkFileName(START + "กรุงเทพมหานคร"));
        assertEquals(FileName.UNKNOWN_KIND, VideoRules.checkFileName(START + "เมืองพัทยาใต้"));
    }

    @Test
    void aMissingNameIsToldApartFromAWrongOne() {
        assertEquals(FileName.MISSING, VideoRules.checkFileName(null));
        assertEquals(FileName.MISSING, VideoRules.checkFileName("   "));
        assertEquals(FileName.MISSING, VideoRules.checkFileName(".mp4"));
        assertEquals(FileName.NO_NAME, VideoRules.checkFileName(START + "เทศบาลตำบล"));
        assertEquals(FileName.NO_NAME, VideoRules.checkFileName(START + "องค์การบริหารส่วนตำบล ...."));
        assertEquals(FileName.NO_NAME, VideoRules.checkFileName(START + "เทศบาลตำบล.mp4"));
        assertEquals(FileName.NO_NAME, VideoRules.checkFileName(START + "เทศบาล/องค์การบริหารส่วนตำบล ...."),
                "the letter's template copied as it is");
        assertEquals(FileName.UNKNOWN_KIND, VideoRules.checkFileName(START + "บ้านนา"));
        assertEquals(FileName.WRONG_START, VideoRules.checkFileName("วิดีโอธนาคารขยะ เทศบาลตำบลบ้านนา.mp4"));
        assertEquals(FileName.WRONG_START, VideoRules.checkFileName(
                "การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) เทศบาลตำบลบ้านนา"));
    }

    @Test
    void theExtensionAndExtraSpacesDoNotMatter() {
        assertTrue(VideoRules.fileNameFollowsTheLetter(START + "เทศบาลตำบลบ้านนา.mp4"));
        assertTrue(VideoRules.fileNameFollowsTheLetter(START + "องค์การบริหารส่วนตำบลบ้านนา.MOV"));
        assertTrue(VideoRules.fileNameFollowsTheLetter("  การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น  (Soft Power)"
                + "  ของ เทศบาลเมืองตาก.mp4 "));
        assertFalse(VideoRules.fileNameFollowsTheLetter(START + "เทศบาลเมือง.mp4"));
    }

    @Test
    void theDistrictBestPracticeNameFollowsUttaraditsLetter() {
        String start = "ธนาคารขยะต้นแบบระดับอำเภอ (Best Practice) อำเภอ";
        assertEquals(FileName.OK, VideoRules.checkDistrictFileName(start + "ลับแลจังหวัดอุตรดิตถ์.mp4"));
        assertEquals(FileName.OK, VideoRules.checkDistrictFileName(start + "ลับแล จังหวัดอุตรดิตถ์"));
        assertEquals(FileName.NO_NAME, VideoRules.checkDistrictFileName(start + ".....จังหวัด....."));
        assertEquals(FileName.NO_NAME, VideoRules.checkDistrictFileName(start + "ลับแลจังหวัด"));
        assertEquals(FileName.UNKNOWN_KIND, VideoRules.checkDistrictFileName(start + "ลับแล"));
        assertEquals(FileName.WRONG_START, VideoRules.checkDistrictFileName("Best Practice อำเภอลับแล.mp4"));
        assertEquals(FileName.MISSING, VideoRules.checkDistrictFileName(null));
    }
}
