package th.wastebank.cards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;

/**
 * Reads a sheet of {@link MemberCards} back as a scanner would: every image on every page decoded
 * as a QR code (pixels enlarged, as a camera sees a printed card). The phone's, the server's and
 * this module's tests check with it that each member's card scans to that member's number.
 */
public final class CardSheetCheck {
    /** How many pixels a module is drawn with before decoding. */
    private static final int SCALE = 4;

    private CardSheetCheck() {
    }

    /** The sheet's pages and what each image on them decodes to (null for an image that is no QR code). */
    public record Sheet(int pages, List<String> qrTexts) {
    }

    public static Sheet read(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            List<String> texts = new ArrayList<>();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                PdfDictionary resources = reader.getPageN(p).getAsDict(PdfName.RESOURCES);
                PdfDictionary xobjects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
                if (xobjects == null) {
                    continue;
                }
                for (PdfName key : xobjects.getKeys()) {
                    PdfObject obj = PdfReader.getPdfObject(xobjects.get(key));
                    if (obj instanceof PRStream stream && PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))) {
                        texts.add(decode(stream));
                    }
                }
            }
            int pages = reader.getNumberOfPages();
            reader.close();
            return new Sheet(pages, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(PRStream image) throws IOException {
        int w = image.getAsNumber(PdfName.WIDTH).intValue();
        int h = image.getAsNumber(PdfName.HEIGHT).intValue();
        if (image.getAsNumber(PdfName.BITSPERCOMPONENT).intValue() != 8) {
            return null;
        }
        byte[] grey = PdfReader.getStreamBytes(image);
        if (grey.length != w * h) {
            return null;
        }
        int[] pixels = new int[w * SCALE * h * SCALE];
        for (int y = 0; y < h * SCALE; y++) {
            for (int x = 0; x < w * SCALE; x++) {
                int v = grey[(y / SCALE) * w + x / SCALE] & 0xFF;
                pixels[y * w * SCALE + x] = 0xFF000000 | v << 16 | v << 8 | v;
            }
        }
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(w * SCALE, h * SCALE, pixels))), hints).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return null;
        }
    }
}
