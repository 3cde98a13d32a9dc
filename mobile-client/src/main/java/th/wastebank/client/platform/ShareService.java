package th.wastebank.client.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Hands an image (a receipt) or a PDF (the member cards) to the phone's share sheet, so the
 * committee can send it by LINE, print it or save it. The file is always written to the app's
 * private directory first; on a desktop, where there is no share sheet, that saved file is the
 * result and the user is told where it is.
 */
public interface ShareService {
    /** What became of a shared image. */
    record Shared(Path file, boolean handedToOtherApp) {
    }

    /**
     * @param fileName a plain file name such as {@code receipt-20261123-0905.png}
     * @param png      the image, PNG-encoded
     */
    Shared sharePng(String fileName, byte[] png, String subject) throws IOException;

    /**
     * @param fileName a plain file name such as {@code member-cards.pdf}
     * @param pdf      the document
     */
    default Shared sharePdf(String fileName, byte[] pdf, String subject) throws IOException {
        throw new UnsupportedOperationException("this share service shares images only");
    }

    /** Attach's share service on a phone; otherwise saving under {@code privateDir/receipts}. */
    static ShareService create(Path privateDir) {
        Path folder = privateDir.resolve("receipts");
        return Attach.service(com.gluonhq.attach.share.ShareService::create)
                .<ShareService>map(attach -> new ShareService() {
                    @Override
                    public Shared sharePng(String fileName, byte[] png, String subject) throws IOException {
                        return handOver(fileName, png, "image/png", subject);
                    }

                    @Override
                    public Shared sharePdf(String fileName, byte[] pdf, String subject) throws IOException {
                        return handOver(fileName, pdf, "application/pdf", subject);
                    }

                    private Shared handOver(String fileName, byte[] bytes, String type, String subject)
                            throws IOException {
                        Path file = save(folder, fileName, bytes);
                        attach.share(subject, subject, type, file.toFile());
                        return new Shared(file, true);
                    }
                })
                .orElseGet(() -> savingOnly(folder));
    }

    /** The desktop fallback: the file is saved and nothing else happens. */
    static ShareService savingOnly(Path folder) {
        return new ShareService() {
            @Override
            public Shared sharePng(String fileName, byte[] png, String subject) throws IOException {
                return new Shared(save(folder, fileName, png), false);
            }

            @Override
            public Shared sharePdf(String fileName, byte[] pdf, String subject) throws IOException {
                return new Shared(save(folder, fileName, pdf), false);
            }
        };
    }

    private static Path save(Path folder, String fileName, byte[] png) throws IOException {
        if (fileName.contains("/") || fileName.contains("\\")
                || !(fileName.endsWith(".png") || fileName.endsWith(".pdf"))) {
            throw new IllegalArgumentException("not a plain PNG or PDF file name: " + fileName);
        }
        Files.createDirectories(folder);
        Path file = folder.resolve(fileName);
        Path partial = folder.resolve(fileName + ".part");
        Files.write(partial, png);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }
}
