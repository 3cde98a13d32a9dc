package th.wastebank.server.place;

/**
 * Place names as Thai writes them, with the kind of area glued to the name ("จังหวัดชัยภูมิ",
 * "อำเภอเทพสถิต", no space). Bangkok is not a จังหวัด and its districts are เขต: the bundled data
 * already names them "เขตพระนคร" and the capital "กรุงเทพมหานคร", so those names are used as they are.
 */
public final class PlaceNames {
    private static final String BANGKOK = "กรุงเทพมหานคร";

    private PlaceNames() {
    }

    /** "จังหวัดชัยภูมิ"; "กรุงเทพมหานคร" stays as it is. */
    public static String province(String nameTh) {
        if (nameTh == null || nameTh.isBlank()) {
            return "";
        }
        return nameTh.startsWith(BANGKOK) || nameTh.startsWith("จังหวัด") ? nameTh : "จังหวัด" + nameTh;
    }

    /** "อำเภอเทพสถิต"; Bangkok's "เขตพระนคร" stays as it is. */
    public static String district(String nameTh) {
        if (nameTh == null || nameTh.isBlank()) {
            return "";
        }
        return nameTh.startsWith("เขต") || nameTh.startsWith("อำเภอ") ? nameTh : "อำเภอ" + nameTh;
    }
}
