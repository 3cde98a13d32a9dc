package th.wastebank.cards;

import com.lowagie.text.pdf.LayoutProcessor;

/**
 * Switches on OpenPDF's glyph layout (kerning and ligatures through Java's font engine), without
 * which Thai tone marks and vowels are drawn in the wrong place. The switch is global to the JVM and
 * refuses to be thrown twice, so every PDF writer of the project (the member cards, the server's
 * official forms) asks here instead of calling it itself.
 */
public final class ThaiShaping {
    private ThaiShaping() {
    }

    /** Turns the layout on once per JVM; later calls do nothing. */
    public static synchronized void enable() {
        if (!LayoutProcessor.isEnabled()) {
            LayoutProcessor.enableKernLiga();
        }
    }
}
