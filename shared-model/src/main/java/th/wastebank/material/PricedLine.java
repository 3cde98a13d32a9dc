package th.wastebank.material;

/**
 * One weighed, priced material of a deposit or a sale: {@code amount} must equal
 * {@link th.wastebank.money.Money#amountFor(long, long)} of its grams and price per kg.
 */
public interface PricedLine {
    String materialCode();

    long grams();

    long pricePerKg();

    long amount();
}
