package th.wastebank.server.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.micronaut.core.annotation.Nullable;

import th.wastebank.progress.MilestoneStep;
import th.wastebank.progress.VideoUrl;
import th.wastebank.server.progress.ReportingRounds;

import static th.wastebank.server.report.CellText.text;

/**
 * The progress report and the late list as files: a spreadsheet (dates as dates shown in the
 * Buddhist era, counts and lengths as numbers) and CSV in UTF-8 with a byte-order mark, without
 * which Excel shows Thai as mojibake. CSV dates are ISO (2026-11-23), which every program reads
 * the same way.
 */
public final class ProgressExports {
    public static final String SHEET = "1 อปท. 1 ผลิตภัณฑ์";
    public static final String TITLE = "รายงานความก้าวหน้า 1 อปท. 1 ผลิตภัณฑ์";
    public static final String LATE_TITLE = "รายชื่อ อปท. ที่ยังไม่รายงานและที่รายงานล่าช้า";
    private static final char BOM = '\uFEFF';
    /** Buddhist-era dates in Excel's own format code (calendar 07 = Thai Buddhist). */
    private static final String BE_DATE = "[$-1070000]d/m/yyyy;@";

    private ProgressExports() {
    }

    /** The column headings of the progress report, in both files. */
    public static List<String> headings() {
        List<String> h = new ArrayList<>(List.of("ลำดับ", "รหัส อปท.", "อปท.", "อำเภอ", "จังหวัด"));
        for (MilestoneStep s : MilestoneStep.values()) {
            h.add("ขั้นที่ " + s.number() + " " + s.nameTh());
        }
        h.addAll(List.of("จำนวนผลิตภัณฑ์", "URL วิดีโอ", "ความยาววิดีโอ (นาที:วินาที)", "รายงานในรอบนี้",
                "วันที่รายงานในรอบนี้ (เซิร์ฟเวอร์ได้รับ)", "วันที่ตามเครื่องโทรศัพท์", "ชนิดลิงก์วิดีโอ"));
        return h;
    }

    public static List<String> lateHeadings() {
        return List.of("รายการ", "รหัส อปท.", "อปท.", "อำเภอ", "จังหวัด", "ขั้นตอนล่าสุดที่ทำแล้ว", "กิจกรรมล่าสุด",
                "ยังขาด", "รายงานล่าสุด (เซิร์ฟเวอร์ได้รับ)", "รายงานล่าสุด (วันที่ตามเครื่องโทรศัพท์)");
    }

    /** Before the first day has passed no round has closed, so none can be missed. */
    public static final String NO_ROUND_YET = "ยังไม่มีรอบที่ครบกำหนดแล้ว (ยังไม่ถึงวันรายงานครั้งแรก)";

    /** "รอบรายงาน 16 พฤศจิกายน 2569 – 5 ธันวาคม 2569". */
    public static String roundText(@Nullable ReportingRounds.Round round) {
        if (round == null) {
            return NO_ROUND_YET;
        }
        ThaiFormat f = ThaiFormat.arabicDigits();
        return "รอบรายงาน " + f.date(round.opensOn()) + " – " + f.date(round.dueOn());
    }

    public static byte[] progressXlsx(ProgressReports.Report report, LocalDate printedOn) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle head = CellText.heading(wb);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat(BE_DATE));
            CellStyle minutes = wb.createCellStyle();
            minutes.setDataFormat(wb.createDataFormat().getFormat("[m]:ss"));

            int r = 0;
            text(sheet.createRow(r++), 0, TITLE, head);
            text(sheet.createRow(r++), 0, report.areaNameTh(), null);
            text(sheet.createRow(r++), 0, roundText(report.round()) + (report.currentRound() ? " (รอบปัจจุบัน)"
                    : " (รอบที่แล้ว)"), null);
            text(sheet.createRow(r++), 0, "จัดทำเมื่อวันที่ " + ThaiFormat.arabicDigits().date(printedOn)
                    + " · วันที่ของแต่ละขั้นตอนเป็นข้อมูลล่าสุด ณ วันที่จัดทำ", null);
            for (int i = 0; i < 4; i++) {
                sheet.addMergedRegion(new CellRangeAddress(i, i, 0, 9));
            }
            r++;
            Row header = sheet.createRow(r++);
            List<String> headings = headings();
            for (int i = 0; i < headings.size(); i++) {
                text(header, i, headings.get(i), head);
            }
            int n = 0;
            for (ProgressReports.Row row : report.rows()) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(++n);
                text(x, 1, row.orgCode(), null);
                text(x, 2, row.orgNameTh(), null);
                text(x, 3, row.districtTh(), null);
                text(x, 4, row.provinceTh(), null);
                for (int s = 0; s < 5; s++) {
                    date(x, 5 + s, row.steps().get(s), date);
                }
                x.createCell(10).setCellValue(row.products());
                text(x, 11, row.videoUrl() == null ? "" : row.videoUrl(), null);
                if (row.videoSeconds() != null) {
                    Cell length = x.createCell(12);
                    length.setCellValue(row.videoSeconds() / 86_400.0);
                    length.setCellStyle(minutes);
                }
                text(x, 13, row.status().nameTh(), null);
                date(x, 14, row.reportedOn(), date);
                date(x, 15, row.phoneDateOn(), date);
                text(x, 16, linkKind(row.videoUrl()), null);
            }
            int[] widths = {6, 12, 30, 18, 16, 14, 14, 14, 14, 14, 10, 45, 10, 18, 14, 14, 14};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(3, 6);
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "ลิงก์แบบย่อ" for an app's share link (kept as typed, not expanded), else "". */
    private static String linkKind(@Nullable String url) {
        return VideoUrl.isShortLink(url) ? "ลิงก์แบบย่อ" : "";
    }

    public static byte[] progressCsv(ProgressReports.Report report) {
        return csv(headings(), printer -> {
            int n = 0;
            ThaiFormat f = ThaiFormat.arabicDigits();
            for (ProgressReports.Row row : report.rows()) {
                List<Object> values = new ArrayList<>(List.of(++n, row.orgCode(), row.orgNameTh(), row.districtTh(),
                        row.provinceTh()));
                for (LocalDate d : row.steps()) {
                    values.add(iso(d));
                }
                values.add(row.products());
                values.add(row.videoUrl() == null ? "" : row.videoUrl());
                values.add(f.duration(row.videoSeconds()));
                values.add(row.status().nameTh());
                values.add(iso(row.reportedOn()));
                values.add(iso(row.phoneDateOn()));
                values.add(linkKind(row.videoUrl()));
                print(printer, values);
            }
        });
    }

    /** The headings of a province's round report as it was sent to the department. */
    public static List<String> sentHeadings() {
        List<String> h = new ArrayList<>(List.of("ลำดับ", "รหัส อปท.", "อปท.", "อำเภอ"));
        for (MilestoneStep s : MilestoneStep.values()) {
            h.add("ขั้นที่ " + s.number() + " " + s.nameTh());
        }
        h.addAll(List.of("จำนวนผลิตภัณฑ์", "URL วิดีโอ", "รายงานในรอบนี้", "วันที่รายงานในรอบนี้ (เซิร์ฟเวอร์ได้รับ)",
                "วันที่ตามเครื่องโทรศัพท์", "ชนิดลิงก์วิดีโอ"));
        return h;
    }

    /** A sent round report's frozen rows, as sent (ADR 0021), in the progress report's CSV form. */
    public static byte[] sentCsv(List<RoundSends.SentRow> rows) {
        return csv(sentHeadings(), printer -> {
            int n = 0;
            for (RoundSends.SentRow row : rows) {
                List<Object> values = new ArrayList<>(List.of(++n, row.orgCode(), row.orgNameTh(), row.districtTh()));
                for (LocalDate d : row.steps()) {
                    values.add(iso(d));
                }
                values.add(row.products());
                values.add(row.videoUrl() == null ? "" : row.videoUrl());
                values.add(row.statusTh());
                values.add(iso(row.reportedOn()));
                values.add(iso(row.phoneDateOn()));
                values.add(linkKind(row.videoUrl()));
                print(printer, values);
            }
        });
    }

    public static byte[] lateCsv(ProgressReports.LateList list) {
        return csv(lateHeadings(), printer -> {
            String now = "ยังไม่รายงานในรอบนี้ (" + list.round().dueOn() + ")";
            String last = list.lastRound() == null ? NO_ROUND_YET
                    : "ไม่ได้รายงานในรอบที่แล้ว (" + list.lastRound().dueOn() + ")";
            for (ProgressReports.Late l : list.notReported()) {
                late(printer, now, l);
            }
            for (ProgressReports.Late l : list.late()) {
                late(printer, last, l);
            }
        });
    }

    /** What the อปท. still lacks, in Thai: "ผลิตภัณฑ์, วิดีโอ". */
    public static String lacksTh(List<String> lacks) {
        return String.join(", ", lacks.stream().map(l -> switch (l) {
            case "PRODUCT" -> "ผลิตภัณฑ์";
            case "VIDEO" -> "วิดีโอ";
            default -> l;
        }).toList());
    }

    private static void late(CSVPrinter printer, String list, ProgressReports.Late l) throws IOException {
        print(printer, Arrays.asList(list, l.orgCode(), l.orgNameTh(), l.districtTh(), l.provinceTh(), l.lastStep(),
                iso(l.lastActivityOn()), lacksTh(l.lacks()), iso(l.lastReportOn()), iso(l.lastReportPhoneOn())));
    }

    @FunctionalInterface
    private interface Lines {
        void print(CSVPrinter printer) throws IOException;
    }

    private static byte[] csv(List<String> headings, Lines lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, CSVFormat.EXCEL)) {
            w.write(BOM);
            print(printer, headings);
            lines.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void print(CSVPrinter printer, List<?> values) throws IOException {
        printer.printRecord(values.stream().map(CellText::csv).toList());
    }

    private static String iso(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static void date(Row row, int column, LocalDate day, CellStyle style) {
        if (day != null) {
            Cell c = row.createCell(column);
            c.setCellValue(day);
            c.setCellStyle(style);
        }
    }
}
