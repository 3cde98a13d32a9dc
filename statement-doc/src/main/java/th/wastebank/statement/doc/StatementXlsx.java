package th.wastebank.statement.doc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.wastebank.statement.MonthlyStatement;
import th.wastebank.validation.InertText;

/**
 * The monthly statement as one spreadsheet, section under section as on paper; every amount and
 * weight a numeric cell (baht {@code #,##0.00}, kilograms {@code #,##0.000}, counts {@code #,##0})
 * so the committee can add them up.
 */
public final class StatementXlsx {
    public static final String SHEET = "รายงานประจำเดือน";

    private StatementXlsx() {
    }

    public static byte[] render(MonthlyStatement s, LocalDate printedOn) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            sheet.setColumnWidth(0, 10 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            for (int c = 2; c <= 4; c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            Rows r = new Rows(wb, sheet);
            r.text(r.title, StatementText.TITLE);
            r.text(r.plain, StatementText.subtitle(s));
            r.skip();

            r.text(r.head, StatementText.BALANCES);
            r.text(r.head, "เลขที่", "สมาชิก", "เงินฝาก (บาท)");
            for (MonthlyStatement.MemberBalance b : s.balances()) {
                r.values(b.number(), b.name(), r.baht(b.satang()));
            }
            r.values("", StatementText.TOTAL, r.baht(s.savingsTotal()));
            r.skip();

            r.text(r.head, StatementText.DEPOSITS);
            r.text(r.head, "เลขที่", "สมาชิก", "ครั้ง", "น้ำหนัก (กก.)", "จำนวนเงิน (บาท)");
            for (MonthlyStatement.MemberDeposits d : s.deposits()) {
                r.values(d.number(), d.name(), r.count(d.count()), r.kg(d.grams()), r.baht(d.satang()));
            }
            r.values("", StatementText.TOTAL, null, r.kg(s.depositGrams()), r.baht(s.depositSatang()));
            r.values("", "ถอนเงินในเดือน", null, null, r.baht(s.withdrawalSatang()));
            r.skip();

            r.text(r.head, StatementText.SALES);
            r.text(r.head, "", "ผู้รับซื้อ", "ครั้ง", "น้ำหนัก (กก.)", "จำนวนเงิน (บาท)");
            for (MonthlyStatement.BuyerSales b : s.sales()) {
                r.values("", b.buyerName(), r.count(b.count()), r.kg(b.grams()), r.baht(b.satang()));
            }
            r.values("", s.sales().isEmpty() ? StatementText.NONE : StatementText.TOTAL, r.count(s.saleCount()),
                    r.kg(s.saleGrams()), r.baht(s.saleSatang()));
            r.skip();

            r.text(r.head, StatementText.STOCK);
            r.text(r.head, "รหัส", "วัสดุ", "น้ำหนัก (กก.)", "มูลค่าตามทุนเฉลี่ย (บาท)");
            for (MonthlyStatement.StockLine l : s.stock()) {
                r.values(l.materialCode(), l.nameTh(), r.kg(l.grams()), r.baht(l.valueSatang()));
            }
            r.values("", StatementText.TOTAL, null, r.baht(s.stockValueSatang()));
            r.skip();

            r.text(r.head, StatementText.MARGIN);
            r.values("", "ยอดขาย", r.baht(s.saleSatang()));
            r.values("", "ต้นทุนขยะที่ขาย (ทุนเฉลี่ย)", r.baht(s.costSatang()));
            r.values("", "ส่วนต่าง", r.baht(s.marginSatang()));
            r.skip();

            r.text(r.head, StatementText.FUND);
            MonthlyStatement.Fund f = s.fund();
            r.values("", "ยอดยกมา", r.baht(f.openingSatang()));
            r.values("", "รับเข้ากองทุน", r.baht(f.inSatang()));
            r.values("", "จ่ายออกจากกองทุน", r.baht(f.outSatang()));
            r.values("", "คงเหลือ ณ สิ้นเดือน", r.baht(f.closingSatang()));
            r.skip();
            r.text(r.plain, StatementText.printed(printedOn));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number and the format it is shown with. */
    private record Num(double value, CellStyle style) {
    }

    private static final class Rows {
        private final Sheet sheet;
        private int next;
        final CellStyle title;
        final CellStyle head;
        final CellStyle plain;
        private final CellStyle bahtStyle;
        private final CellStyle kgStyle;
        private final CellStyle countStyle;

        Rows(XSSFWorkbook wb, Sheet sheet) {
            this.sheet = sheet;
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            head = wb.createCellStyle();
            head.setFont(bold);
            plain = wb.createCellStyle();
            bahtStyle = numeric(wb, "#,##0.00");
            kgStyle = numeric(wb, "#,##0.000");
            countStyle = numeric(wb, "#,##0");
        }

        private static CellStyle numeric(XSSFWorkbook wb, String format) {
            CellStyle st = wb.createCellStyle();
            st.setDataFormat(wb.createDataFormat().getFormat(format));
            return st;
        }

        Num baht(long satang) {
            return new Num(satang / 100.0, bahtStyle);
        }

        Num kg(long grams) {
            return new Num(grams / 1000.0, kgStyle);
        }

        Num count(long n) {
            return new Num(n, countStyle);
        }

        void skip() {
            next++;
        }

        void text(CellStyle style, String... cells) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < cells.length; i++) {
                Cell c = row.createCell(i);
                c.setCellValue(InertText.neutral(cells[i]));
                c.setCellStyle(style);
            }
        }

        /** Text cells as text, numbers as numeric cells with their format; null leaves a cell empty. */
        void values(Object... cells) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] instanceof Num n) {
                    Cell c = row.createCell(i);
                    c.setCellValue(n.value());
                    c.setCellStyle(n.style());
                } else if (cells[i] instanceof String t) {
                    row.createCell(i).setCellValue(InertText.neutral(t));
                }
            }
        }
    }
}
