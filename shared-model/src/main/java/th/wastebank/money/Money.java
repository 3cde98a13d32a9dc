package th.wastebank.money;

/**
 * The one amount rule and baht formatting. Money is a {@code long} of satang (1 baht = 100 satang),
 * weight a {@code long} of grams, prices satang per kilogram. Phone and server both call
 * {@link #amountFor(long, long)} so a deposit line can never be priced two ways.
 */
public final class Money {
    public static final long SATANG_PER_BAHT = 100;
    public static final long GRAMS_PER_KG = 1000;

    private Money() {
    }

    /**
     * {@code roundHalfUp(grams × pricePerKg / 1000)}, half away from zero, in satang.
     *
     * @throws ArithmeticException if the product does not fit in a long
     */
    public static long amountFor(long grams, long pricePerKgSatang) {
        long product = Math.multiplyExact(grams, pricePerKgSatang);
        long half = GRAMS_PER_KG / 2;
        return product >= 0
                ? (product + half) / GRAMS_PER_KG
                : -((-product + half) / GRAMS_PER_KG);
    }

    /** {@code 123456} → {@code "1,234.56"}; negative amounts get a leading minus. */
    public static String formatBaht(long satang) {
        boolean negative = satang < 0;
        long abs = Math.abs(satang);
        String whole = groupThousands(abs / SATANG_PER_BAHT);
        long fraction = abs % SATANG_PER_BAHT;
        return (negative ? "-" : "") + whole + "." + (fraction < 10 ? "0" : "") + fraction;
    }

    /** {@code 12345} grams → {@code "12.345"} kilograms, always three decimals. */
    public static String formatKg(long grams) {
        boolean negative = grams < 0;
        long abs = Math.abs(grams);
        String whole = groupThousands(abs / GRAMS_PER_KG);
        String fraction = String.valueOf(1000 + abs % GRAMS_PER_KG).substring(1);
        return (negative ? "-" : "") + whole + "." + fraction;
    }

    private static String groupThousands(long value) {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
