package th.wastebank.server.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import th.wastebank.validation.InertText;

/**
 * Text bound for a spreadsheet or CSV cell, made inert: a spreadsheet program runs a cell that
 * starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before one)
 * as a formula, so a name typed on a phone such as {@code =HYPERLINK(...)} could run on an
 * officer's computer. Such text gets a leading single quote, as OWASP advises. Every export writes
 * its text through here; numbers are written as numeric cells and never pass through it.
 */
public final class CellText {
    private CellText() {
    }

    public static String neutral(String text) {
        return InertText.neutral(text);
    }

    /** A CSV value: text made inert, numbers as they are. */
    static Object csv(Object value) {
        return value instanceof String s ? neutral(s) : value;
    }

    /** A spreadsheet cell of text, made inert, in {@code style} (or the default one when null). */
    static void text(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(neutral(value));
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    /** The style of a sheet's title and column headings: bold, wrapped. */
    static CellStyle heading(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle head = wb.createCellStyle();
        head.setFont(bold);
        head.setWrapText(true);
        return head;
    }
}
