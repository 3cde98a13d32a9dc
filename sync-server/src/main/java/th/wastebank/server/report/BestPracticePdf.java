package th.wastebank.server.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The best-practice form as an A4 PDF in the form's own words. Thai needs real glyph layout (tone
 * marks over upper vowels, ำ after a tone mark): OpenPDF's LayoutProcessor does it with the JDK's
 * shaper, and must be switched on before any font is made; Sarabun is embedded (Identity-H), so the
 * paper looks the same on a machine without Thai fonts.
 */
public final class BestPracticePdf {
    private static final BaseFont REGULAR;
    private static final BaseFont BOLD;

    static {
        LayoutProcessor.enableKernLiga();
        REGULAR = font("public/fonts/Sarabun_400Regular.ttf");
        BOLD = font("public/fonts/Sarabun_700Bold.ttf");
    }

    private static final float BODY = 13f;
    private static final float LEADING = 1.55f;
    private static final Font TITLE_FONT = new Font(BOLD, 15f);
    private static final Font HEAD_FONT = new Font(BOLD, BODY);
    private static final Font TEXT_FONT = new Font(REGULAR, BODY);
    private static final Font FILLED_FONT = new Font(BOLD, BODY);
    private static final Font NOTE_FONT = new Font(REGULAR, 10.5f);

    private BestPracticePdf() {
    }

    /** The PDF's bytes; {@code printedOn} is the date in its footer. */
    public static byte[] render(BestPracticeReport r, ThaiFormat fmt, LocalDate printedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 72, 56, 56, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            String footer = "จัดทำจากระบบธนาคารขยะ เมื่อวันที่ " + fmt.date(printedOn);
            writer.setPageEvent(new Footer(footer, fmt));
            doc.addTitle(BestPracticeForm.TITLE);
            doc.addSubject("อำเภอ" + r.district().nameTh() + " จังหวัด" + r.district().provinceTh() + " "
                    + fmt.month(r.month()));
            doc.addCreator("ระบบธนาคารขยะและ 1 อปท. 1 ผลิตภัณฑ์");
            doc.open();
            new Writer(doc, fmt).write(r);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out the best-practice PDF", e);
        }
        return out.toByteArray();
    }

    /** Lays out one document; holds the line-break rule, which remembers the text it last saw. */
    private static final class Writer {
        private final Document doc;
        private final ThaiFormat fmt;
        private final ThaiLineBreaks breaks = new ThaiLineBreaks();

        Writer(Document doc, ThaiFormat fmt) {
            this.doc = doc;
            this.fmt = fmt;
        }

        void write(BestPracticeReport r) throws DocumentException {
            Paragraph title = paragraph(0, chunk(BestPracticeForm.TITLE, TITLE_FONT));
            title.setAlignment(Element.ALIGN_CENTER);
            doc.add(title);
            Paragraph where = paragraph(0, chunk("อำเภอ" + r.district().nameTh() + " จังหวัด" + r.district().provinceTh()
                    + "  ประจำเดือน " + fmt.month(r.month()), TEXT_FONT));
            where.setAlignment(Element.ALIGN_CENTER);
            where.setSpacingAfter(10f);
            doc.add(where);

            heading(BestPracticeForm.PART1);
            BestPracticeReport.Part1 p = r.part1();
            item("๑.๑ " + BestPracticeForm.ITEM_1_1 + " ", r.org().nameTh(), " " + BestPracticeForm.ITEM_1_1_DISTRICT + " ",
                    r.district().nameTh());
            item("๑.๒ " + BestPracticeForm.ITEM_1_2 + " ", fmt.count(p.villages()), " " + BestPracticeForm.UNIT_PLACES);
            item("๑.๓ " + BestPracticeForm.ITEM_1_3 + " ", fmt.count(p.members()), " " + BestPracticeForm.UNIT_PEOPLE);
            item("๑.๔ " + BestPracticeForm.ITEM_1_4 + " ", fmt.kg(p.grams()), " " + BestPracticeForm.UNIT_KG);
            item("๑.๕ " + BestPracticeForm.ITEM_1_5 + " ", fmt.baht(p.satang()), " " + BestPracticeForm.UNIT_BAHT);
            item("๑.๖ " + BestPracticeForm.ITEM_1_6 + " ", r.welfare());
            Paragraph note = paragraph(18, chunk(BestPracticeForm.SOLD_NOTE, NOTE_FONT));
            note.setSpacingBefore(4f);
            doc.add(note);

            heading(BestPracticeForm.PART2);
            for (BestPracticeForm.Section s : BestPracticeForm.PART2_SECTIONS) {
                Paragraph section = paragraph(0, chunk(s.number() + " " + s.title(), HEAD_FONT));
                section.setSpacingBefore(4f);
                doc.add(section);
                for (BestPracticeForm.Question q : s.questions()) {
                    doc.add(paragraph(18, chunk(q.number() + " " + q.label(), TEXT_FONT)));
                    answer(r.answer(q.key()));
                }
            }

            heading(BestPracticeForm.PART3);
            doc.add(paragraph(18, chunk(BestPracticeForm.PART3_ITEM, TEXT_FONT)));
            doc.add(paragraph(36, chunk("URL: ", TEXT_FONT),
                    chunk(r.videoUrl() == null ? "–" : r.videoUrl(), FILLED_FONT)));
        }

        private void heading(String text) throws DocumentException {
            Paragraph h = paragraph(0, chunk(text, HEAD_FONT));
            h.setSpacingBefore(10f);
            doc.add(h);
        }

        /** A line of Part 1: the form's words, with what fills its blanks in bold. */
        private void item(String... parts) throws DocumentException {
            Chunk[] chunks = new Chunk[parts.length];
            for (int i = 0; i < parts.length; i++) {
                chunks[i] = chunk(parts[i], i % 2 == 1 ? FILLED_FONT : TEXT_FONT);
            }
            doc.add(paragraph(18, chunks));
        }

        private void answer(String text) throws DocumentException {
            Paragraph a = paragraph(36, chunk(text.isBlank() ? "–" : text, FILLED_FONT));
            a.setSpacingAfter(3f);
            doc.add(a);
        }

        private Chunk chunk(String text, Font font) {
            Chunk c = new Chunk(text, font);
            c.setSplitCharacter(breaks);
            return c;
        }

        private static Paragraph paragraph(float indent, Chunk... chunks) {
            Paragraph p = new Paragraph("", TEXT_FONT);
            p.setLeading(0, LEADING);
            p.setIndentationLeft(indent);
            for (Chunk c : chunks) {
                p.add(c);
            }
            return p;
        }
    }

    /** "หน้า n" and when the paper was made, at the foot of each page. */
    private static final class Footer extends PdfPageEventHelper {
        private final String made;
        private final ThaiFormat fmt;

        Footer(String made, ThaiFormat fmt) {
            this.made = made;
            this.fmt = fmt;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float y = document.bottomMargin() - 28;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(made, NOTE_FONT),
                    document.left(), y, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase("หน้า " + fmt.digits(String.valueOf(writer.getPageNumber())), NOTE_FONT),
                    document.right(), y, 0);
        }
    }

    private static BaseFont font(String resource) {
        try {
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("the Sarabun font is missing: " + resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("the Sarabun font cannot be read: " + resource, e);
        }
    }
}
