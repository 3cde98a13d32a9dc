package th.wastebank.server.place;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Place names as Thai writes them: the kind of area glued to the name; Bangkok is neither จังหวัด nor อำเภอ. */
class PlaceNamesTest {

    @Test
    void aProvinceAndADistrictAreWrittenWithoutASpace() {
        assertEquals("จังหวัดชัยภูมิ", PlaceNames.province("ชัยภูมิ"));
        assertEquals("อำเภอเทพสถิต", PlaceNames.district("เทพสถิต"));
    }

    @Test
    void bangkokIsNotAProvinceAndItsDistrictsAreKhet() {
        assertEquals("กรุงเทพมหานคร", PlaceNames.province("กรุงเทพมหานคร"));
        assertEquals("เขตพระนคร", PlaceNames.district("เขตพระนคร"));
    }

    @Test
    void aNameThatAlreadySaysWhatItIsIsNotPrefixedTwice() {
        assertEquals("จังหวัดตาก", PlaceNames.province("จังหวัดตาก"));
        assertEquals("อำเภอเมืองชัยภูมิ", PlaceNames.district("อำเภอเมืองชัยภูมิ"));
        assertEquals("", PlaceNames.province(null));
    }
}
