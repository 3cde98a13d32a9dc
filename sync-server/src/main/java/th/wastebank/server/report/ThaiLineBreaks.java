package th.wastebank.server.report;

import java.text.BreakIterator;
import java.util.BitSet;
import java.util.Locale;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a PDF line may break in Thai text, which has no spaces between words: OpenPDF alone breaks
 * anywhere, even inside a syllable (ช่|อง); this asks the JDK's dictionary-based Thai break
 * iterator instead. One instance per document (it keeps the boundaries of the text it last saw).
 */
final class ThaiLineBreaks implements SplitCharacter {
    private static final Locale THAI = Locale.forLanguageTag("th");
    private char[] seen;
    private BitSet boundaries;

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck)) {
            return true;
        }
        if (cc != seen) {
            seen = cc;
            boundaries = new BitSet(cc.length + 1);
            BreakIterator words = BreakIterator.getLineInstance(THAI);
            words.setText(new String(cc));
            for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
                boundaries.set(b);
            }
        }
        return boundaries.get(current + 1);
    }
}
