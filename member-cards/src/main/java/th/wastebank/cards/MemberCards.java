package th.wastebank.cards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The A4 sheet of member cards (ADR 0014), drawn once for the phone's share and the อปท. page's
 * download: ten cards of bank-card size per page, each with the QR code of the member's number, the
 * Thai name, the number in words and figures and the bank's name, inside a thin cutting line. Thai
 * needs real glyph layout, so OpenPDF's LayoutProcessor is switched on before any font is made; each
 * caller names its own copy of the Sarabun font (a class-path resource or a file), embedded in the PDF.
 */
public final class MemberCards {
    /** A member's card: the name as registered and the number as written ({@code 0042-7}), which the QR code holds. */
    public record Card(String nameTh, String number) {
    }

    /** The fonts a sheet is set in: names {@link BaseFont#createFont} takes (a class-path resource or a file). */
    public record Fonts(String regular, String bold) {
    }

    public static final int CARDS_PER_PAGE = 10;
    private static final int COLUMNS = 2;
    /** ISO/IEC 7810 ID-1, a bank card: 85.6 x 54 mm in points. */
    private static final float CARD_W = 85.6f / 25.4f * 72f;
    private static final float CARD_H = 54f / 25.4f * 72f;
    private static final float PAD = 8f;
    private static final float QR_SIZE = 96f;
    /** The quiet zone around a QR code, in modules, as the standard asks. */
    private static final int QUIET_ZONE = 4;

    static {
        ThaiShaping.enable();
    }

    private MemberCards() {
    }

    /** The sheet's PDF bytes; an empty list gives one page that says there is no numbered member yet. */
    public static byte[] pdf(String bankName, List<Card> cards, Fonts fonts) {
        BaseFont regular = font(fonts.regular());
        BaseFont bold = font(fonts.bold());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle("บัตรสมาชิกธนาคารขยะ " + bankName);
            doc.addCreator("ระบบธนาคารขยะ");
            doc.open();
            PdfContentByte canvas = writer.getDirectContent();
            if (cards.isEmpty()) {
                text(canvas, new Phrase("ยังไม่มีสมาชิกที่ได้เลขสมาชิก (เลขสมาชิกได้หลังซิงก์ข้อมูล)", new Font(regular, 14f)),
                        60, 700, 535, 780, Element.ALIGN_LEFT);
            }
            float left = (PageSize.A4.getWidth() - COLUMNS * CARD_W) / 2;
            int rows = CARDS_PER_PAGE / COLUMNS;
            float top = PageSize.A4.getHeight() - (PageSize.A4.getHeight() - rows * CARD_H) / 2;
            for (int i = 0; i < cards.size(); i++) {
                int onPage = i % CARDS_PER_PAGE;
                if (i > 0 && onPage == 0) {
                    doc.newPage();
                }
                float x = left + (onPage % COLUMNS) * CARD_W;
                float y = top - (onPage / COLUMNS + 1) * CARD_H;
                card(canvas, cards.get(i), bankName, x, y, regular, bold);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out the member cards", e);
        }
        return out.toByteArray();
    }

    /** One card with its lower left corner at (x, y). */
    private static void card(PdfContentByte canvas, Card card, String bankName, float x, float y,
                             BaseFont regular, BaseFont bold) throws DocumentException {
        canvas.saveState();
        canvas.setLineWidth(0.4f);
        canvas.setGrayStroke(0.6f);
        canvas.rectangle(x, y, CARD_W, CARD_H);
        canvas.stroke();
        canvas.restoreState();

        float headTop = y + CARD_H - PAD;
        text(canvas, new Phrase("บัตรสมาชิกธนาคารขยะ " + bankName, new Font(bold, 9.5f)),
                x + PAD, headTop - 26, x + CARD_W - PAD, headTop, Element.ALIGN_LEFT);

        Image qr = qrImage(card.number());
        qr.scaleAbsolute(QR_SIZE, QR_SIZE);
        qr.setAbsolutePosition(x + PAD - 4, y + PAD);
        canvas.addImage(qr);

        float textLeft = x + PAD + QR_SIZE;
        float textRight = x + CARD_W - PAD;
        text(canvas, new Phrase(card.nameTh(), new Font(bold, 12f)), textLeft, y + 52, textRight, y + CARD_H - 38,
                Element.ALIGN_LEFT);
        text(canvas, new Phrase("เลขสมาชิก", new Font(regular, 9f)), textLeft, y + 34, textRight, y + 50,
                Element.ALIGN_LEFT);
        text(canvas, new Phrase(card.number(), new Font(bold, 17f)), textLeft, y + PAD, textRight, y + 36,
                Element.ALIGN_LEFT);
    }

    private static void text(PdfContentByte canvas, Phrase phrase, float llx, float lly, float urx, float ury,
                             int align) throws DocumentException {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(phrase, llx, lly, urx, ury, phrase.getFont().getSize() * 1.3f, align);
        column.go();
    }

    /**
     * The QR code of {@code text} as a grey image, one pixel a module with the quiet zone (the PDF
     * scales it without smoothing, so the modules stay sharp at any size).
     */
    static Image qrImage(String text) {
        BitMatrix m = qrMatrix(text);
        int w = m.getWidth();
        int h = m.getHeight();
        byte[] grey = new byte[w * h];
        for (int row = 0; row < h; row++) {
            for (int col = 0; col < w; col++) {
                grey[row * w + col] = m.get(col, row) ? 0 : (byte) 0xFF;
            }
        }
        try {
            return Image.getInstance(w, h, 1, 8, grey);
        } catch (DocumentException e) {
            throw new IllegalStateException("could not make the QR image", e);
        }
    }

    /** The QR code's modules (true: dark), error correction M, with the quiet zone. */
    public static BitMatrix qrMatrix(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        try {
            return new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot be a QR code: " + text, e);
        }
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("the card font is missing: " + name, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the card font cannot be read: " + name, e);
        }
    }
}
