package th.wastebank.client.ui;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        for (String word : segments(text == null ? "" : text, BreakIterator.getLineInstance(THAI))) {
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
        for (String segment : keepUnitsWithNumbers(segments(paragraph, BreakIterator.getLineInstance(THAI)))) {
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
