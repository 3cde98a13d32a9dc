package th.wastebank.statement.doc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import th.wastebank.cards.ThaiShaping;
import th.wastebank.statement.MonthlyStatement;

/**
 * The committee's monthly statement as an A4 PDF: Sarabun embedded (Identity-H) and OpenPDF's
 * LayoutProcessor switched on before any font is made, so tone marks sit over the vowels on any
 * machine. The one drawing of it: the server's download and the phone's share both call this.
 */
public final class StatementPdf {
    private static final BaseFont REGULAR;
    private static final BaseFont BOLD;

    static {
        ThaiShaping.enable();
        REGULAR = font("th/wastebank/statement/doc/fonts/Sarabun_400Regular.ttf");
        BOLD = font("th/wastebank/statement/doc/fonts/Sarabun_700Bold.ttf");
    }

    private static final Font TITLE_FONT = new Font(BOLD, 15f);
    private static final Font HEAD_FONT = new Font(BOLD, 12.5f);
    private static final Font TEXT_FONT = new Font(REGULAR, 11.5f);
    private static final Font BOLD_FONT = new Font(BOLD, 11.5f);
    private static final Font NOTE_FONT = new Font(REGULAR, 10f);

    private StatementPdf() {
    }

    public static byte[] render(MonthlyStatement s, LocalDate printedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 48, 48);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(StatementText.TITLE);
            doc.addSubject(StatementText.subtitle(s));
            doc.addCreator("ระบบธนาคารขยะ");
            doc.open();
            Paragraph title = new Paragraph(new Chunk(StatementText.TITLE, TITLE_FONT));
            title.setAlignment(Element.ALIGN_CENTER);
            doc.add(title);
            Paragraph sub = new Paragraph(new Chunk(StatementText.subtitle(s), TEXT_FONT));
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(8f);
            doc.add(sub);

            heading(doc, StatementText.BALANCES);
            PdfPTable balances = table(new float[] {1.2f, 5f, 2.5f}, "เลขที่", "สมาชิก", "เงินฝาก (บาท)");
            for (MonthlyStatement.MemberBalance b : s.balances()) {
                row(balances, false, b.number(), b.name(), StatementText.baht(b.satang()));
            }
            row(balances, true, "", StatementText.TOTAL + " " + s.balances().size() + " คน",
                    StatementText.baht(s.savingsTotal()));
            doc.add(balances);

            heading(doc, StatementText.DEPOSITS);
            PdfPTable deposits = table(new float[] {1.2f, 3.8f, 1.2f, 2f, 2.3f}, "เลขที่", "สมาชิก", "ครั้ง",
                    "น้ำหนัก (กก.)", "จำนวนเงิน (บาท)");
            for (MonthlyStatement.MemberDeposits d : s.deposits()) {
                row(deposits, false, d.number(), d.name(), Long.toString(d.count()), StatementText.kg(d.grams()),
                        StatementText.baht(d.satang()));
            }
            row(deposits, true, "", StatementText.TOTAL, "", StatementText.kg(s.depositGrams()),
                    StatementText.baht(s.depositSatang()));
            doc.add(deposits);
            note(doc, "ถอนเงินในเดือน " + StatementText.baht(s.withdrawalSatang()) + " บาท");

            heading(doc, StatementText.SALES);
            PdfPTable sales = table(new float[] {5f, 1.2f, 2f, 2.3f}, "ผู้รับซื้อ", "ครั้ง", "น้ำหนัก (กก.)",
                    "จำนวนเงิน (บาท)");
            for (MonthlyStatement.BuyerSales b : s.sales()) {
                row(sales, false, b.buyerName(), Long.toString(b.count()), StatementText.kg(b.grams()),
                        StatementText.baht(b.satang()));
            }
            row(sales, true, s.sales().isEmpty() ? StatementText.NONE : StatementText.TOTAL,
                    Long.toString(s.saleCount()), StatementText.kg(s.saleGrams()), StatementText.baht(s.saleSatang()));
            doc.add(sales);

            heading(doc, StatementText.STOCK);
            PdfPTable stock = table(new float[] {5f, 2.5f, 2.5f}, "วัสดุ", "น้ำหนัก (กก.)", "มูลค่าตามทุนเฉลี่ย (บาท)");
            for (MonthlyStatement.StockLine l : s.stock()) {
                row(stock, false, l.nameTh(), StatementText.kg(l.grams()), StatementText.baht(l.valueSatang()));
            }
            row(stock, true, s.stock().isEmpty() ? StatementText.NONE : StatementText.TOTAL, "",
                    StatementText.baht(s.stockValueSatang()));
            doc.add(stock);

            heading(doc, StatementText.MARGIN);
            PdfPTable margin = table(new float[] {5f, 2.5f}, "รายการ", "บาท");
            row(margin, false, "ยอดขาย", StatementText.baht(s.saleSatang()));
            row(margin, false, "ต้นทุนขยะที่ขาย (ทุนเฉลี่ย)", StatementText.baht(s.costSatang()));
            row(margin, true, "ส่วนต่าง", StatementText.baht(s.marginSatang()));
            doc.add(margin);

            heading(doc, StatementText.FUND);
            PdfPTable fund = table(new float[] {5f, 2.5f}, "รายการ", "บาท");
            MonthlyStatement.Fund f = s.fund();
            row(fund, false, "ยอดยกมา", StatementText.baht(f.openingSatang()));
            row(fund, false, "รับเข้ากองทุน", StatementText.baht(f.inSatang()));
            row(fund, false, "จ่ายออกจากกองทุน", StatementText.baht(f.outSatang()));
            row(fund, true, "คงเหลือ ณ สิ้นเดือน", StatementText.baht(f.closingSatang()));
            doc.add(fund);

            Paragraph printed = new Paragraph(new Chunk(StatementText.printed(printedOn), NOTE_FONT));
            printed.setSpacingBefore(12f);
            doc.add(printed);
            doc.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out the monthly statement", e);
        }
    }

    private static void heading(Document doc, String text) throws DocumentException {
        Paragraph p = new Paragraph(new Chunk(text, HEAD_FONT));
        p.setSpacingBefore(8f);
        p.setSpacingAfter(4f);
        doc.add(p);
    }

    private static void note(Document doc, String text) throws DocumentException {
        doc.add(new Paragraph(new Chunk(text, NOTE_FONT)));
    }

    private static PdfPTable table(float[] widths, String... heads) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        row(t, true, heads);
        return t;
    }

    /** A row; the first cells are text, the last ones (numbers) are right-aligned. */
    private static void row(PdfPTable t, boolean bold, String... cells) {
        List<String> values = List.of(cells);
        for (int i = 0; i < values.size(); i++) {
            PdfPCell c = new PdfPCell(new Phrase(values.get(i), bold ? BOLD_FONT : TEXT_FONT));
            c.setPaddingBottom(4f);
            boolean number = !values.get(i).isEmpty() && values.get(i).matches("-?[0-9.,]+");
            c.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            t.addCell(c);
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
