package th.wastebank.server.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.wastebank.server.place.PlaceNames;

/**
 * The best-practice form as one spreadsheet laid out like the paper: item numbers in column A, the
 * form's words in B, what fills the blank in C (numbers as numbers, so a province can add districts
 * up) and the unit in D.
 */
public final class BestPracticeXlsx {
    public static final String SHEET = "แบบรายงาน";

    private BestPracticeXlsx() {
    }

    public static byte[] render(BestPracticeReport r, LocalDate printedOn) {
        ThaiFormat fmt = ThaiFormat.arabicDigits();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            Sheet sheet = wb.createSheet(SHEET);
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 52 * 256);
            sheet.setColumnWidth(2, 60 * 256);
            sheet.setColumnWidth(3, 12 * 256);
            Rows rows = new Rows(sheet);

            rows.merged(BestPracticeForm.TITLE, st.title);
            rows.merged(PlaceNames.district(r.district().nameTh()) + " " + PlaceNames.province(r.district().provinceTh()) + "  ประจำเดือน "
                    + fmt.month(r.month()), st.text);
            rows.skip();

            rows.merged(BestPracticeForm.PART1, st.head);
            BestPracticeReport.Part1 p = r.part1();
            rows.text("๑.๑", BestPracticeForm.ITEM_1_1, r.org().nameTh(), "", st);
            rows.text("", BestPracticeForm.ITEM_1_1_DISTRICT, r.district().nameTh(), "", st);
            rows.number("๑.๒", BestPracticeForm.ITEM_1_2, p.villages(), BestPracticeForm.UNIT_PLACES, st.count, st);
            rows.number("๑.๓", BestPracticeForm.ITEM_1_3, p.members(), BestPracticeForm.UNIT_PEOPLE, st.count, st);
            rows.number("๑.๔", BestPracticeForm.ITEM_1_4, p.grams() / 1000.0, BestPracticeForm.UNIT_KG, st.kg, st);
            rows.number("๑.๕", BestPracticeForm.ITEM_1_5, p.satang() / 100.0, BestPracticeForm.UNIT_BAHT, st.baht, st);
            rows.text("๑.๖", BestPracticeForm.ITEM_1_6, r.welfare(), "", st);
            rows.note(p.note(), st.note);
            rows.skip();

            rows.merged(BestPracticeForm.PART2, st.head);
            for (BestPracticeForm.Section s : BestPracticeForm.PART2_SECTIONS) {
                rows.section(s.number(), s.title(), st.head);
                for (BestPracticeForm.Question q : s.questions()) {
                    rows.answer(q.number(), q.label(), r.answer(q.key()), st);
                }
            }
            rows.skip();

            rows.merged(BestPracticeForm.PART3, st.head);
            Row video = rows.answer("", BestPracticeForm.PART3_ITEM, r.videoUrl() == null ? "" : r.videoUrl(), st);
            if (r.videoUrl() != null) {
                Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
                link.setAddress(r.videoUrl());
                video.getCell(2).setHyperlink(link);
            }
            rows.skip();
            rows.merged("จัดทำจากระบบธนาคารขยะ เมื่อวันที่ " + fmt.date(printedOn), st.note);

            sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell styles of the sheet. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle head;
        final CellStyle text;
        final CellStyle wrap;
        final CellStyle note;
        final CellStyle count;
        final CellStyle kg;
        final CellStyle baht;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font small = wb.createFont();
            small.setItalic(true);
            small.setFontHeightInPoints((short) 9);
            title = style(wb, big, false);
            head = style(wb, bold, false);
            text = style(wb, null, false);
            wrap = style(wb, null, true);
            note = style(wb, small, true);
            count = numeric(wb, "#,##0");
            kg = numeric(wb, "#,##0.0##");
            baht = numeric(wb, "#,##0.00");
        }

        private static CellStyle style(Workbook wb, Font font, boolean wrap) {
            CellStyle s = wb.createCellStyle();
            if (font != null) {
                s.setFont(font);
            }
            s.setWrapText(wrap);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }

        private static CellStyle numeric(Workbook wb, String format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            s.setBorderBottom(BorderStyle.DOTTED);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }
    }

    /** Writes the sheet from top to bottom. */
    private static final class Rows {
        private final Sheet sheet;
        private int next;

        Rows(Sheet sheet) {
            this.sheet = sheet;
        }

        void skip() {
            next++;
        }

        Row merged(String text, CellStyle style) {
            Row row = sheet.createRow(next);
            cell(row, 0, text, style);
            sheet.addMergedRegion(new CellRangeAddress(next, next, 0, 3));
            next++;
            return row;
        }

        void note(String text, CellStyle style) {
            Row row = sheet.createRow(next);
            cell(row, 1, text, style);
            row.setHeightInPoints(48);
            sheet.addMergedRegion(new CellRangeAddress(next, next, 1, 3));
            next++;
        }

        void section(String number, String title, CellStyle style) {
            Row row = sheet.createRow(next);
            cell(row, 0, number, style);
            cell(row, 1, title, style);
            sheet.addMergedRegion(new CellRangeAddress(next, next, 1, 3));
            next++;
        }

        void text(String number, String label, String value, String unit, Styles st) {
            Row row = sheet.createRow(next++);
            cell(row, 0, number, st.text);
            cell(row, 1, label, st.text);
            cell(row, 2, value, st.wrap);
            cell(row, 3, unit, st.text);
        }

        void number(String number, String label, double value, String unit, CellStyle style, Styles st) {
            Row row = sheet.createRow(next++);
            cell(row, 0, number, st.text);
            cell(row, 1, label, st.text);
            row.createCell(2).setCellValue(value);
            row.getCell(2).setCellStyle(style);
            cell(row, 3, unit, st.text);
        }

        Row answer(String number, String label, String answer, Styles st) {
            Row row = sheet.createRow(next);
            cell(row, 0, number, st.text);
            cell(row, 1, label, st.wrap);
            cell(row, 2, answer, st.wrap);
            sheet.addMergedRegion(new CellRangeAddress(next, next, 2, 3));
            next++;
            return row;
        }

        private static void cell(Row row, int column, String text, CellStyle style) {
            Cell c = row.createCell(column);
            c.setCellValue(CellText.neutral(text));
            c.setCellStyle(style);
        }
    }
}
