package th.wastebank.ledger;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why money moved. Every ledger entry has exactly one kind; the stored code is stable and never
 * reused, so old entries keep their meaning.
 */
public enum EntryKind {
    DEPOSIT(1, "ฝากขยะ", "Deposit"),
    WITHDRAWAL(2, "ถอนเงิน", "Withdrawal"),
    WELFARE_LEVY(3, "หักเงินสมทบสวัสดิการ", "Welfare levy"),
    WELFARE_PAYOUT(4, "จ่ายสวัสดิการ", "Welfare payout"),
    SALE(5, "ขายขยะให้ผู้รับซื้อ", "Sale to buyer"),
    FEE(6, "ค่าธรรมเนียม", "Fee"),
    REVERSAL(7, "กลับรายการ", "Reversal"),
    WELFARE_CONTRIBUTION(8, "เงินเข้ากองทุนสวัสดิการ", "Welfare fund contribution"),
    DIVIDEND(12, "ปันผลสิ้นปีงบประมาณ", "Year-end dividend"),
    SAVINGS_TRANSFER(13, "โอนเงินออมให้ทายาท", "Savings moved to an heir"),
    MEMBER_MERGE(14, "รวมบัญชีสมาชิกซ้ำ", "Duplicate member merged");

    private final int code;
    private final String nameTh;
    private final String nameEn;

    EntryKind(int code, String nameTh, String nameEn) {
        this.code = code;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public int code() {
        return code;
    }

    public String nameTh() {
        return nameTh;
    }

    public String nameEn() {
        return nameEn;
    }

    /**
     * A deposit or a withdrawal: the member is told its receipt number (on the deposit's slip, on
     * the withdrawal's confirmation) and finds it again in the passbook, on the phone and the dashboard.
     */
    public boolean numbered() {
        return this == DEPOSIT || this == WITHDRAWAL;
    }

    /**
     * Savings moved from one member to another (a transfer to an heir, a merge of a duplicate): its
     * two postings go together, so neither is reversed alone; a transfer back corrects it (ADR 0019).
     */
    public boolean betweenMembers() {
        return this == SAVINGS_TRANSFER || this == MEMBER_MERGE;
    }

    public static Optional<EntryKind> ofCode(int code) {
        return Arrays.stream(values()).filter(k -> k.code == code).findFirst();
    }
}
