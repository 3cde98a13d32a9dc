package th.wastebank.progress;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who presents the soft-power video. The letter asks the head of the อปท. to present it: the mayor
 * (นายกเทศมนตรี, also เมืองพัทยา's นายกเมืองพัทยา) or the chief executive of the SAO
 * (นายกองค์การบริหารส่วนตำบล). "อื่น ๆ" is named and saved, and flagged.
 */
public enum VideoPresenter {
    MAYOR("นายกเทศมนตรี", "Mayor"),
    CHIEF_EXECUTIVE("นายกองค์การบริหารส่วนตำบล", "Chief executive of the SAO"),
    OTHER("อื่น ๆ", "Someone else");

    private final String nameTh;
    private final String nameEn;

    VideoPresenter(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** True for the head of the อปท., as the letter asks. */
    public boolean headOfOrg() {
        return this != OTHER;
    }

    public static Optional<VideoPresenter> parse(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
    }
}
