package th.wastebank.server.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import th.wastebank.cards.ThaiShaping;
import th.wastebank.server.place.PlaceNames;

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
        ThaiShaping.enable();
        REGULAR = font("public/fonts/Sarabun_400Regular.ttf");
        BOLD = font("public/fonts/Sarabun_700Bold.ttf");
    }

    private static final float BODY = 13f;
    private static final float LEADING = 1.55f;
    /** The signature block is centred in the right part of the page, as on official forms. */
    private static final float SIGNATURE_INDENT = 200f;
    private static final Font TITLE_FONT = new Font(BOLD, 15f);
    private static final Font HEAD_FONT = new Font(BOLD, BODY);
    private static final Font TEXT_FONT = new Font(REGULAR, BODY);
    private static final Font FILLED_FONT = new Font(BOLD, BODY);
    private static final Font NOTE_FONT = new Font(REGULAR, 10.5f);

    private BestPracticePdf() {
    }

    /**
     * The PDF's bytes; {@code printedOn} is the date in its footer. Laid out once; if its last page
     * would be less than 40 % full, laid out again with the page broken before a Part 2 question
     * high enough on the page before, so the last page carries some of the form with the signature.
     */
    public static byte[] render(BestPracticeReport r, ThaiFormat fmt, LocalDate printedOn) {
        Layout first = render(r, fmt, printedOn, -1);
        int breakBefore = first.breakForAFullerLastPage();
        return breakBefore < 0 ? first.pdf() : render(r, fmt, printedOn, breakBefore).pdf();
    }

    /** A last page filled less than this (of its height) is laid out again. */
    private static final float FULL_ENOUGH = 0.4f;

    /** A laid-out PDF with where each Part 2 question began (page, height above the page's foot). */
    private record Layout(byte[] pdf, List<float[]> questions, int pages, float lastPageUsed, float body) {
        int breakForAFullerLastPage() {
            if (pages < 2 || lastPageUsed >= body * FULL_ENOUGH) {
                return -1;
            }
            for (int i = questions.size() - 1; i >= 0; i--) {
                float[] q = questions.get(i);
                if (q[0] == pages - 1 && q[1] + lastPageUsed >= body * FULL_ENOUGH) {
                    return q[1] + lastPageUsed <= body * 0.8f ? i : -1;
                }
            }
            return -1;
        }
    }

    private static Layout render(BestPracticeReport r, ThaiFormat fmt, LocalDate printedOn, int breakBefore) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 72, 56, 56, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            String footer = "จัดทำจากระบบธนาคารขยะ เมื่อวันที่ " + fmt.date(printedOn);
            writer.setPageEvent(new Footer(footer, fmt));
            doc.addTitle(BestPracticeForm.TITLE);
            doc.addSubject(PlaceNames.district(r.district().nameTh()) + " " + PlaceNames.province(r.district().provinceTh()) + " "
                    + fmt.month(r.month()));
            doc.addCreator("ระบบธนาคารขยะและ 1 อปท. 1 ผลิตภัณฑ์");
            doc.open();
            Writer w = new Writer(doc, writer, fmt, breakBefore);
            w.write(r);
            int pages = writer.getPageNumber();
            float used = doc.top() - writer.getVerticalPosition(false);
            doc.close();
            return new Layout(out.toByteArray(), w.questions, pages, used, doc.top() - doc.bottom());
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out the best-practice PDF", e);
        }
    }

    /** Lays out one document; holds the line-break rule, which remembers the text it last saw. */
    private static final class Writer {
        private final Document doc;
        private final PdfWriter writer;
        private final ThaiFormat fmt;
        private final int breakBefore;
        private final ThaiLineBreaks breaks = new ThaiLineBreaks();
        /** Where each Part 2 question laid out in the document began: {page, height above the foot}. */
        final List<float[]> questions = new ArrayList<>();

        Writer(Document doc, PdfWriter writer, ThaiFormat fmt, int breakBefore) {
            this.doc = doc;
            this.writer = writer;
            this.fmt = fmt;
            this.breakBefore = breakBefore;
        }

        void write(BestPracticeReport r) throws DocumentException {
            Paragraph title = paragraph(0, chunk(BestPracticeForm.TITLE, TITLE_FONT));
            title.setAlignment(Element.ALIGN_CENTER);
            doc.add(title);
            Paragraph where = paragraph(0, chunk(PlaceNames.district(r.district().nameTh()) + " " + PlaceNames.province(r.district().provinceTh())
                    + "  ประจำเดือน " + fmt.month(r.month()), TEXT_FONT));
            where.setAlignment(Element.ALIGN_CENTER);
            where.setSpacingAfter(10f);
            doc.add(where);

            heading(BestPracticeForm.PART1, doc::add);
            BestPracticeReport.Part1 p = r.part1();
            item("๑.๑ " + BestPracticeForm.ITEM_1_1 + " ", r.org().nameTh(), " " + BestPracticeForm.ITEM_1_1_DISTRICT + " ",
                    r.district().nameTh());
            item("๑.๒ " + BestPracticeForm.ITEM_1_2 + " ", fmt.count(p.villages()), " " + BestPracticeForm.UNIT_PLACES);
            item("๑.๓ " + BestPracticeForm.ITEM_1_3 + " ", fmt.count(p.members()), " " + BestPracticeForm.UNIT_PEOPLE);
            item("๑.๔ " + BestPracticeForm.ITEM_1_4 + " ", fmt.kg(p.grams()), " " + BestPracticeForm.UNIT_KG);
            item("๑.๕ " + BestPracticeForm.ITEM_1_5 + " ", fmt.baht(p.satang()), " " + BestPracticeForm.UNIT_BAHT);
            item("๑.๖ " + BestPracticeForm.ITEM_1_6 + " ", r.welfare());
            Paragraph note = paragraph(18, chunk(p.note(), NOTE_FONT));
            note.setSpacingBefore(4f);
            doc.add(note);

            heading(BestPracticeForm.PART2, doc::add);
            for (BestPracticeForm.Section s : BestPracticeForm.PART2_SECTIONS) {
                section(s, r, doc::add);
            }
            // Part 3 and the signature go on one page: the officer signs under what he reports, the
            // form never ends on a page holding only a signature, and the block is small (about a
            // quarter of a page), so moving it whole leaves no page nearly empty either
            PdfPCell tail = new PdfPCell();
            tail.setBorder(Rectangle.NO_BORDER);
            tail.setPadding(0);
            tail.setUseAscender(true);
            tail.setPaddingTop(6f);
            heading(BestPracticeForm.PART3, tail::addElement);
            tail.addElement(paragraph(18, chunk(BestPracticeForm.PART3_ITEM, TEXT_FONT)));
            tail.addElement(paragraph(36, chunk("URL: ", TEXT_FONT),
                    chunk(r.videoUrl() == null ? "–" : r.videoUrl(), FILLED_FONT)));
            videoChecklist(r, tail::addElement);
            signature(tail::addElement);
            PdfPTable kept = new PdfPTable(1);
            kept.setWidthPercentage(100);
            kept.setKeepTogether(true);
            kept.setSpacingBefore(10f);
            kept.addCell(tail);
            doc.add(kept);
        }

        /**
         * The district video's checklist as stated on the form (presenter, length, file name, logos) and,
         * when some item is not as the letter asks, each unmet item's reason.
         */
        private void videoChecklist(BestPracticeReport r, Sink add) throws DocumentException {
            Map<String, String> a = r.answers();
            String presenter = a.get(DistrictVideoChecklist.PRESENTER_KEY);
            add.add(paragraph(36, chunk("ผู้นำเสนอ: ", TEXT_FONT), chunk(presenter == null ? "–"
                    : DistrictVideoChecklist.DISTRICT_CHIEF.equals(presenter) ? "นายอำเภอ" : "ผู้อื่น", FILLED_FONT),
                    chunk("   ความยาว: ", TEXT_FONT), chunk(a.getOrDefault(DistrictVideoChecklist.LENGTH_KEY, "–"), FILLED_FONT)));
            add.add(paragraph(36, chunk("ชื่อไฟล์: ", TEXT_FONT),
                    chunk(a.getOrDefault(DistrictVideoChecklist.FILE_NAME_KEY, "–"), FILLED_FONT)));
            List<String> logos = new ArrayList<>();
            for (DistrictVideoChecklist.Logo l : DistrictVideoChecklist.Logo.values()) {
                if ("1".equals(a.get(l.key()))) {
                    logos.add(l.nameTh());
                }
            }
            add.add(paragraph(36, chunk("ตราสัญลักษณ์: ", TEXT_FONT),
                    chunk(logos.isEmpty() ? "–" : String.join(", ", logos)
                            + ("1".equals(a.get(DistrictVideoChecklist.TOP_RIGHT_KEY)) ? " (มุมบนขวา)" : ""), FILLED_FONT)));
            List<String> unmet = r.videoUnmet();
            if (!unmet.isEmpty()) {
                add.add(paragraph(36, chunk("ยังไม่เป็นไปตามหนังสือจังหวัด: ", TEXT_FONT),
                        chunk(String.join(" · ", unmet), FILLED_FONT)));
            }
        }

        /**
         * The reporting officer's signature block as Thai official forms print it, in the right part
         * of the page: ลงชื่อ … ผู้รายงาน, the name in brackets, ตำแหน่ง, วันที่, each to be filled by hand.
         */
        private void signature(Sink to) throws DocumentException {
            String dots = BestPracticeForm.SIGNATURE_DOTS;
            List<String> lines = List.of(BestPracticeForm.SIGNED + " " + dots + " " + BestPracticeForm.REPORTER,
                    "(" + dots + ")", BestPracticeForm.POSITION + " " + dots, BestPracticeForm.DATE + " " + dots);
            for (int i = 0; i < lines.size(); i++) {
                Paragraph line = paragraph(SIGNATURE_INDENT, chunk(lines.get(i), TEXT_FONT));
                line.setAlignment(Element.ALIGN_CENTER);
                line.setSpacingBefore(i == 0 ? 28f : 4f);
                to.add(line);
            }
        }

        /**
         * Notes where the next Part 2 question begins; breaks the page there if this layout is to.
         * A section's first question is marked before the section's heading, never leaving it alone.
         */
        private void mark() {
            if (questions.size() == breakBefore) {
                doc.newPage();
            }
            questions.add(new float[] {writer.getPageNumber(), writer.getVerticalPosition(false) - doc.bottom()});
        }

        private void section(BestPracticeForm.Section s, BestPracticeReport r, Sink to) throws DocumentException {
            mark();
            Paragraph section = paragraph(0, chunk(s.number() + " " + s.title(), HEAD_FONT));
            section.setSpacingBefore(4f);
            to.add(section);
            for (BestPracticeForm.Question q : s.questions()) {
                if (q != s.questions().get(0)) {
                    mark();
                }
                String text = r.answer(q.key());
                if (text.isBlank()) {
                    // an unanswered question takes one line, its dash beside it, not two
                    to.add(paragraph(18, chunk(q.number() + " " + q.label() + "  ", TEXT_FONT), chunk("–", FILLED_FONT)));
                } else {
                    to.add(paragraph(18, chunk(q.number() + " " + q.label(), TEXT_FONT)));
                    Paragraph a = paragraph(36, chunk(text, FILLED_FONT));
                    a.setSpacingAfter(3f);
                    to.add(a);
                }
            }
        }

        private void heading(String text, Sink to) throws DocumentException {
            Paragraph h = paragraph(0, chunk(text, HEAD_FONT));
            h.setSpacingBefore(10f);
            to.add(h);
        }

        /** A line of Part 1: the form's words, with what fills its blanks in bold. */
        private void item(String... parts) throws DocumentException {
            Chunk[] chunks = new Chunk[parts.length];
            for (int i = 0; i < parts.length; i++) {
                chunks[i] = chunk(parts[i], i % 2 == 1 ? FILLED_FONT : TEXT_FONT);
            }
            doc.add(paragraph(18, chunks));
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

    /** Where a paragraph goes: the document, or a cell whose lines are kept on one page. */
    @FunctionalInterface
    private interface Sink {
        void add(Element element) throws DocumentException;
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
