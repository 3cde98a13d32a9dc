package th.wastebank.client.platform;

import java.util.Optional;

/**
 * The phone's camera reading a member card's QR code (ADR 0014). On a phone this is Gluon Attach's
 * BarcodeScanService; on a desktop there is no camera to ask, {@link #available()} is false and the
 * committee types the number or uses a USB scanner, which types it into the field and presses Enter.
 */
public interface BarcodeScanner {
    /** False where there is no camera scanner: the screens then offer only the number field. */
    boolean available();

    /**
     * Opens the camera until a code is read or the user goes back; blocks, so it is called off the
     * UI thread.
     *
     * @return the code's text; empty when nothing was read
     */
    Optional<String> scan(String title);

    /**
     * The scanner of this platform. Gluon Attach's {@code barcode-scan} module is not among the
     * app's dependencies yet (the build's registry does not serve it), so every platform gets
     * {@link #unavailable()} until it is added and bound here, as {@link ShareService#create} binds
     * Attach's share service.
     */
    static BarcodeScanner create() {
        return unavailable();
    }

    /** No camera scanner: the number field is the way to pick a member. */
    static BarcodeScanner unavailable() {
        return new BarcodeScanner() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public Optional<String> scan(String title) {
                return Optional.empty();
            }
        };
    }
}
