package th.wastebank.validation;

/**
 * Text bound for a spreadsheet or CSV cell, made inert: a spreadsheet program runs a cell that
 * starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before one)
 * as a formula, so a name typed on a phone such as {@code =HYPERLINK(...)} could run on the
 * reader's computer. Such text gets a leading single quote, as OWASP advises. The server's exports
 * and the monthly statement's spreadsheet (on the phone too) write their text through here.
 */
public final class InertText {
    private InertText() {
    }

    public static String neutral(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
