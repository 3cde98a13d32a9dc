package th.wastebank.client.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Hands a document (a PDF, a spreadsheet) to the phone's share sheet, so the committee can send it
 * by LINE or print it. The file is always written to the app's private directory first; on a
 * desktop, where there is no share sheet, that saved file is the result.
 */
public interface DocumentShare {
    /**
     * @param fileName a plain file name such as {@code statement-2026-10.pdf}
     * @param mimeType {@code application/pdf} or the spreadsheet's type
     */
    ShareService.Shared share(String fileName, byte[] bytes, String mimeType, String subject) throws IOException;

    /** Attach's share service on a phone; otherwise saving under {@code privateDir/documents}. */
    static DocumentShare create(Path privateDir) {
        Path folder = privateDir.resolve("documents");
        return Attach.service(com.gluonhq.attach.share.ShareService::create)
                .<DocumentShare>map(attach -> (fileName, bytes, mimeType, subject) -> {
                    Path file = save(folder, fileName, bytes);
                    attach.share(subject, subject, mimeType, file.toFile());
                    return new ShareService.Shared(file, true);
                })
                .orElseGet(() -> savingOnly(folder));
    }

    /** The desktop fallback: the document is saved and nothing else happens. */
    static DocumentShare savingOnly(Path folder) {
        return (fileName, bytes, mimeType, subject) -> new ShareService.Shared(save(folder, fileName, bytes), false);
    }

    private static Path save(Path folder, String fileName, byte[] bytes) throws IOException {
        if (!fileName.matches("[A-Za-z0-9._-]+") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: " + fileName);
        }
        Files.createDirectories(folder);
        Path file = folder.resolve(fileName);
        Path partial = folder.resolve(fileName + ".part");
        Files.write(partial, bytes);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }
}
