package th.wastebank.server.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import th.wastebank.server.place.PlaceNames;
import th.wastebank.validation.Dates;

import static th.wastebank.server.report.CellText.text;

/**
 * A province's districts for one month as one sheet, one district a row: filed or not, the model
 * อปท., the form's ๑.๒–๑.๕ as numbers (so a province can add them up), the video link, and who saved
 * the form last and when (a date-time shown in the Buddhist era).
 */
public final class BestPracticeDistrictsXlsx {
    public static final String SHEET = "ครบทุกอำเภอ";
    public static final String TITLE = "ธนาคารขยะต้นแบบ (Best Practice) ระดับอำเภอ ครบทุกอำเภอ";
    public static final String FILED = "ส่งแล้ว";
    public static final String NOT_FILED = "ยังไม่ส่ง";
    /** The row of the column headings; districts follow it. */
    public static final int HEADER_ROW = 4;
    private static final String BE_DATE_TIME = "[$-1070000]d/m/yyyy hh:mm;@";

    private BestPracticeDistrictsXlsx() {
    }

    public static List<String> headings() {
        return List.of("ลำดับ", "รหัสอำเภอ", "อำเภอ", "สถานะ", "อปท. ที่เป็นธนาคารขยะต้นแบบ",
                "๑.๒ " + BestPracticeForm.ITEM_1_2 + " (" + BestPracticeForm.UNIT_PLACES + ")",
                "๑.๓ " + BestPracticeForm.ITEM_1_3 + " (" + BestPracticeForm.UNIT_PEOPLE + ")",
                "๑.๔ " + BestPracticeForm.ITEM_1_4 + " (" + BestPracticeForm.UNIT_KG + ")",
                "๑.๕ " + BestPracticeForm.ITEM_1_5 + " (" + BestPracticeForm.UNIT_BAHT + ")",
                "URL วิดีโอ", "บันทึกล่าสุดเมื่อ", "ผู้บันทึก", "กำหนดส่ง", "วิดีโอที่ยังไม่เป็นไปตามหนังสือสั่งการ");
    }

    /** "ส่งหลังกำหนด" for a form saved after the province's due date, "เลยกำหนดแล้ว" for none by then, else "". */
    private static String lateness(BestPracticeDistricts.Province p, BestPracticeDistricts.District d) {
        return !p.late(d) ? "" : d.filed() ? "ส่งหลังกำหนด" : "เลยกำหนดแล้ว";
    }

    /** "ส่งแล้ว 2 จาก 3 อำเภอ". */
    public static String countText(BestPracticeDistricts.Province p) {
        return FILED + " " + p.filed() + " จาก " + p.districts().size() + " อำเภอ";
    }

    public static byte[] render(BestPracticeDistricts.Province p, LocalDate printedOn) {
        ThaiFormat fmt = ThaiFormat.arabicDigits();
        return workbook(PlaceNames.province(p.nameTh()) + "  ประจำเดือน " + fmt.month(p.month()),
                countText(p) + " · จัดทำเมื่อวันที่ " + fmt.date(printedOn), headings(),
                new int[] {6, 10, 24, 10, 30, 16, 14, 16, 16, 45, 18, 20, 14, 50}, (wb, sheet, first) -> {
                    CellStyle count = numeric(wb, "#,##0");
                    CellStyle kg = numeric(wb, "#,##0.0##");
                    CellStyle baht = numeric(wb, "#,##0.00");
                    CellStyle when = numeric(wb, BE_DATE_TIME);
                    int r = first;
                    for (BestPracticeDistricts.District d : p.districts()) {
                        Row x = sheet.createRow(r);
                        x.createCell(0).setCellValue(r - first + 1);
                        r++;
                        text(x, 1, d.code(), null);
                        text(x, 2, PlaceNames.district(d.nameTh()), null);
                        text(x, 3, d.filed() ? FILED : NOT_FILED, null);
                        text(x, 12, lateness(p, d), null);
                        BestPracticeDistricts.Filing f = d.filing();
                        if (f == null) {
                            continue;
                        }
                        text(x, 4, f.orgNameTh(), null);
                        number(x, 5, f.part1().villages(), count);
                        number(x, 6, f.part1().members(), count);
                        number(x, 7, f.part1().grams() / 1000.0, kg);
                        number(x, 8, f.part1().satang() / 100.0, baht);
                        if (f.videoUrl() != null) {
                            text(x, 9, f.videoUrl(), null);
                            Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
                            link.setAddress(f.videoUrl());
                            x.getCell(9).setHyperlink(link);
                        }
                        Cell at = x.createCell(10);
                        at.setCellValue(LocalDateTime.ofInstant(f.updatedAt(), Dates.THAI));
                        at.setCellStyle(when);
                        text(x, 11, f.updatedBy(), null);
                        text(x, 13, String.join(" · ", f.videoUnmet()), null);
                    }
                });
    }

    public static List<String> nationHeadings() {
        return List.of("ลำดับ", "รหัสจังหวัด", "จังหวัด", "ส่งแล้ว (อำเภอ)", "อำเภอทั้งหมด", "ยังไม่ส่ง (อำเภอ)",
                "ครบทุกอำเภอ");
    }

    /** Every province for one month, one a row: how many of its districts filed, of how many. */
    public static byte[] renderNation(YearMonth month, List<BestPracticeDistricts.ProvinceCount> provinces,
                                      LocalDate printedOn) {
        ThaiFormat fmt = ThaiFormat.arabicDigits();
        return workbook("ทั้งประเทศ  ประจำเดือน " + fmt.month(month), "จัดทำเมื่อวันที่ " + fmt.date(printedOn),
                nationHeadings(), new int[] {6, 10, 24, 14, 14, 14, 14}, (wb, sheet, first) -> {
                    CellStyle count = numeric(wb, "#,##0");
                    int r = first;
                    for (BestPracticeDistricts.ProvinceCount p : provinces) {
                        Row x = sheet.createRow(r);
                        x.createCell(0).setCellValue(r - first + 1);
                        r++;
                        text(x, 1, p.code(), null);
                        text(x, 2, PlaceNames.province(p.nameTh()), null);
                        number(x, 3, p.filed(), count);
                        number(x, 4, p.districts(), count);
                        number(x, 5, p.districts() - p.filed(), count);
                        text(x, 6, p.complete() ? "ครบ" : "ยังไม่ครบ", null);
                    }
                });
    }

    /** Writes the rows below the headings, from {@code first} on. */
    @FunctionalInterface
    private interface Body {
        void write(XSSFWorkbook wb, Sheet sheet, int first);
    }

    /** One sheet: the title, where and when, the column headings at {@link #HEADER_ROW}, then {@code body}. */
    private static byte[] workbook(String where, String below, List<String> headings, int[] widths, Body body) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle head = CellText.heading(wb);
            text(sheet.createRow(0), 0, TITLE, head);
            text(sheet.createRow(1), 0, where, null);
            text(sheet.createRow(2), 0, below, null);
            for (int i = 0; i < 3; i++) {
                sheet.addMergedRegion(new CellRangeAddress(i, i, 0, Math.min(8, headings.size() - 1)));
            }
            Row header = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < headings.size(); i++) {
                text(header, i, headings.get(i), head);
            }
            body.write(wb, sheet, HEADER_ROW + 1);
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(3, HEADER_ROW + 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle numeric(XSSFWorkbook wb, String format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
