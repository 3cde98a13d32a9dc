package th.wastebank.client.price;

import java.time.LocalDate;

/**
 * A material on the price board with the price that applies on a day ({@code pricePerKg} is
 * satang per kilogram, null when the bank has not priced it yet).
 */
public record PriceRow(String materialCode, String nameTh, String nameEn, Long pricePerKg, LocalDate effectiveFrom) {
    public boolean priced() {
        return pricePerKg != null;
    }

    public String name(boolean thai) {
        return thai || nameEn == null ? nameTh : nameEn;
    }
}
