package th.wastebank.welfare;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a scheme's money comes from. Whatever the source, it lands in the bank's one welfare fund,
 * which is never mixed with members' savings.
 */
public enum Funding {
    /** A fixed amount from every member's savings per event, e.g. 20 baht per member death. */
    LEVY_PER_EVENT("หักจากบัญชีสมาชิกทุกคนต่อเหตุการณ์", "Fixed levy from every member per event"),
    /** A fixed amount from every member's savings once a year. */
    ANNUAL_FEE("ค่าบำรุงรายปีจากบัญชีสมาชิก", "Annual fee from every member"),
    /** A share of what each member deposited over a period, debited from their savings. */
    DEPOSIT_SHARE("ส่วนแบ่งจากยอดฝากของสมาชิก", "Share of each member's deposits"),
    /** Part of the bank's margin on sales to buyers, paid in by the committee. */
    SALE_MARGIN("ส่วนหนึ่งของกำไรจากการขายขยะ", "Part of the bank's sale margin");

    private final String nameTh;
    private final String nameEn;

    Funding(String nameTh, String nameEn) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** True for the sources that debit every member's savings in a levy run. */
    public boolean isLevy() {
        return this != SALE_MARGIN;
    }

    public static Optional<Funding> parse(String code) {
        return Arrays.stream(values()).filter(f -> f.name().equals(code)).findFirst();
    }
}
