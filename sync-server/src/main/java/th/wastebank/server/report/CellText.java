package th.wastebank.server.report;

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
}
