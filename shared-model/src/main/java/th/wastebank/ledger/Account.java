package th.wastebank.ledger;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whose money an entry moves. A member's savings and the welfare fund are separate accounts and are
 * never summed together; the bank account holds what the bank itself earns from sales and fees.
 */
public enum Account {
    MEMBER_SAVINGS(1),
    WELFARE_FUND(2),
    BANK(3);

    private final int code;

    Account(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<Account> ofCode(int code) {
        return Arrays.stream(values()).filter(a -> a.code == code).findFirst();
    }
}
