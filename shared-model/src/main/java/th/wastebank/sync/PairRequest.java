package th.wastebank.sync;

/** A device asks to join an org with the short code an officer gave the committee. */
public record PairRequest(String code, String deviceName) {
}
