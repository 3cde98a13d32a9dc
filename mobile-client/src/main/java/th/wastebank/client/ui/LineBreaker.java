package th.wastebank.client.ui;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Breaks text into lines that fit a width, at the places Thai allows (between words, found with
 * the JDK's Thai dictionary; Thai has no spaces between words). Used by {@link WrappingLabel}:
 * JavaFX 21 draws a wrapped line of Thai with the rest of its paragraph running past the line's
 * end (each line repeats the text of the next ones, clipped), so the app breaks lines itself and
 * has JavaFX draw each line on its own.
 */
public final class LineBreaker {
    private static final Locale THAI = Locale.forLanguageTag("th");
    /** Units kept on the line of the number before them ("20.00 บาท", "09:05 น."). */
    private static final List<String> UNITS = List.of("บาท", "น.", "กก.", "baht", "kg");
    /**
     * Runs no line may break inside: a Thai abbreviation with its dots ("ธ.ค.", "อบต."), with the
     * day before it and the year after it when it is a date ("5 ธ.ค. 2569"), and a time ("09:05 น.").
     * The dictionary sees each dot as a word's end, so "ธ." ended a line and "ค. 2569" began the next.
     */
    private static final Pattern UNBREAKABLE = Pattern.compile(
            "(?:[0-9\u0E50-\u0E59]{1,2} )?(?:[\u0E01-\u0E4E]{1,3}\\.)+(?: [0-9\u0E50-\u0E59]{4}(?![0-9\u0E50-\u0E59]))?"
                    + "|[0-9\u0E50-\u0E59]{1,2}:[0-9\u0E50-\u0E59]{2}(?: น\\.)?");
    /** ์: the mark of a silent consonant, which belongs to the syllable before it. */
    private static final char THANTHAKHAT = '\u0E4C';

    private final Text probe = new Text();

    /** Lines of {@code text} no wider than {@code width} (a single word wider than that is cut between letters). */
    public List<String> lines(String text, Font font, double width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            if (width <= 0 || Double.isInfinite(width) || width(paragraph, font) <= width) {
                out.add(paragraph);
            } else {
                breakParagraph(paragraph, font, width, out);
            }
        }
        return out;
    }

    /** The width of the widest single word: narrower than that, words are cut. */
    public double widestWord(String text, Font font) {
        double widest = 0;
        for (String word : breakOpportunities(text == null ? "" : text)) {
            widest = Math.max(widest, width(word.strip(), font));
        }
        return widest;
    }

    public double width(String text, Font font) {
        probe.setFont(font);
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /** The height of one line of {@code font}. */
    public double lineHeight(Font font) {
        probe.setFont(font);
        probe.setText("กิ้ปฎ");
        return probe.getLayoutBounds().getHeight();
    }

    private void breakParagraph(String paragraph, Font font, double width, List<String> out) {
        StringBuilder line = new StringBuilder();
        for (String segment : breakOpportunities(paragraph)) {
            String candidate = line + segment;
            if (width(candidate.stripTrailing(), font) <= width) {
                line.append(segment);
                continue;
            }
            if (!line.isEmpty()) {
                out.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            if (width(segment.stripTrailing(), font) <= width) {
                line.append(segment);
            } else {
                for (String letter : segments(segment, BreakIterator.getCharacterInstance(THAI))) {
                    if (!line.isEmpty() && width(line + letter, font) > width) {
                        out.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(letter);
                }
            }
        }
        if (!line.isEmpty() || out.isEmpty()) {
            out.add(line.toString().stripTrailing());
        }
    }

    /**
     * The pieces a line may end after: the JDK's Thai word boundaries, except that a unit stays
     * with its number, and a piece of a word the dictionary does not know (loanwords such as
     * เซิร์ฟเวอร์, อลูมิเนียม) is not left alone: no line starts with a vowel or tone mark that belongs
     * to the consonant before it or with a silent consonant (ร์), and no line ends with a leading
     * vowel (เ แ โ ใ ไ) or a lone consonant.
     */
    public static List<String> breakOpportunities(String text) {
        return keepUnbreakableRunsTogether(text,
                keepSyllablesTogether(keepUnitsWithNumbers(segments(text, BreakIterator.getLineInstance(THAI)))));
    }

    /** Joins the pieces of {@code text} wherever a break would fall inside an {@link #UNBREAKABLE} run. */
    private static List<String> keepUnbreakableRunsTogether(String text, List<String> pieces) {
        List<int[]> runs = new ArrayList<>();
        Matcher m = UNBREAKABLE.matcher(text);
        while (m.find()) {
            runs.add(new int[]{m.start(), m.end()});
        }
        if (runs.isEmpty()) {
            return pieces;
        }
        List<String> out = new ArrayList<>(pieces.size());
        int offset = 0;
        for (String piece : pieces) {
            int at = offset;
            boolean inside = runs.stream().anyMatch(r -> r[0] < at && at < r[1]);
            if (inside && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + piece);
            } else {
                out.add(piece);
            }
            offset += piece.length();
        }
        return out;
    }

    private static List<String> keepSyllablesTogether(List<String> segments) {
        List<String> out = new ArrayList<>(segments.size());
        for (String segment : segments) {
            String previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && (startsInsideASyllable(segment) || cannotEndALine(previous))) {
                out.set(out.size() - 1, previous + segment);
            } else {
                out.add(segment);
            }
        }
        return out;
    }

    private static boolean startsInsideASyllable(String segment) {
        if (segment.isEmpty()) {
            return false;
        }
        char first = segment.charAt(0);
        if (isDependentMark(first)) {
            return true;
        }
        int i = 1;
        while (i < segment.length() && isDependentMark(segment.charAt(i)) && segment.charAt(i) != THANTHAKHAT) {
            i++;
        }
        return isThaiConsonant(first) && i < segment.length() && segment.charAt(i) == THANTHAKHAT;
    }

    private static boolean cannotEndALine(String segment) {
        if (segment.isEmpty() || Character.isWhitespace(segment.charAt(segment.length() - 1))) {
            return false;
        }
        char last = segment.charAt(segment.length() - 1);
        return (last >= '\u0E40' && last <= '\u0E44') || (segment.length() == 1 && isThaiConsonant(last));
    }

    private static boolean isThaiConsonant(char c) {
        return c >= '\u0E01' && c <= '\u0E2E';
    }

    /** Vowels above/below and after a consonant, tone marks and other signs that cannot start a syllable. */
    private static boolean isDependentMark(char c) {
        return c == '\u0E31' || (c >= '\u0E33' && c <= '\u0E3A') || c == '\u0E45' || (c >= '\u0E47' && c <= '\u0E4E');
    }

    private static List<String> keepUnitsWithNumbers(List<String> segments) {
        List<String> out = new ArrayList<>(segments.size());
        for (String segment : segments) {
            String previous = out.isEmpty() ? "" : out.get(out.size() - 1);
            String trimmed = previous.stripTrailing();
            boolean afterNumber = !trimmed.isEmpty() && Character.isDigit(trimmed.charAt(trimmed.length() - 1))
                    && trimmed.length() < previous.length();
            if (afterNumber && UNITS.stream().anyMatch(segment::startsWith)) {
                out.set(out.size() - 1, previous + segment);
            } else {
                out.add(segment);
            }
        }
        return out;
    }

    private static List<String> segments(String text, BreakIterator breaks) {
        List<String> out = new ArrayList<>();
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }
}
