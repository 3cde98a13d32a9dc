package th.wastebank.progress;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five logos the soft-power video carries, in the letter's order (มท ๐๘๒๑.๒/ว ๓๙๑๔): the
 * ministry, the department, the province, the อปท., and the local volunteers.
 */
public enum VideoLogo {
    MOI("กระทรวงมหาดไทย", "Ministry of Interior"),
    DLA("กรมส่งเสริมการปกครองท้องถิ่น", "Department of Local Administration"),
    PROVINCE("จังหวัด", "The province"),
    ORG("องค์กรปกครองส่วนท้องถิ่น", "The local government (อปท.)"),
    LOCAL_VOLUNTEERS("อาสาสมัครท้องถิ่นรักษ์โลก", "Local volunteers who love the planet (อถล.)");

    private final String nameTh;
    private final String nameEn;

    VideoLogo(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    public static Optional<VideoLogo> parse(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
    }
}
