package th.wastebank.server.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import th.wastebank.cards.MemberCards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The best-practice PDF laid out as a Thai official form: it ends with the reporting officer's
 * signature block (ลงชื่อ … ผู้รายงาน, the name in brackets, ตำแหน่ง, วันที่), kept on one page with the
 * form's last part, and no page of it is left nearly empty, whether the answers are short or long.
 * Each rendering is also written to {@code target/best-practice-pdf/} to be looked at.
 */
class BestPracticePdfTest {
    private static final String DOTS = "........................................";

    @Test
    void aFilledFormEndsWithTheReportingOfficersSignatureBlockOnThePageOfItsLastPart() throws IOException {
        List<String> pages = pages(render("filled", answers(3)));
        String last = pages.get(pages.size() - 1);
        assertTrue(last.contains(skeleton("ลงชื่อ " + DOTS + " ผู้รายงาน")), last);
        assertTrue(last.contains(skeleton("(" + DOTS + ")")), last);
        assertTrue(last.contains(skeleton("ตำแหน่ง " + DOTS)), last);
        assertTrue(last.contains(skeleton("วันที่ " + DOTS)), last);
        assertTrue(last.contains(skeleton(BestPracticeForm.PART3)), "the signature is kept with Part 3: " + last);
    }

    @Test
    void noPageOfTheFormIsNearlyEmpty() throws IOException {
        for (int sentences = 0; sentences <= 8; sentences++) {
            List<String> pages = lines(render("answers-" + sentences, answers(sentences)));
            List<Integer> lines = pages.stream().map(p -> p.split("\n").length).toList();
            int fullest = lines.stream().mapToInt(Integer::intValue).max().orElse(0);
            for (int p = 0; p < pages.size(); p++) {
                assertTrue(lines.get(p) >= fullest / 4, "with " + sentences + " sentences an answer, page " + (p + 1)
                        + " of " + pages.size() + " has " + lines.get(p) + " lines against " + fullest + ": " + lines);
            }
        }
    }

    @Test
    void anUnansweredFormPutsEachDashBesideItsQuestion() throws IOException {
        List<String> pages = lines(render("unanswered", answers(0)));
        assertTrue(String.join("\n", pages).lines().anyMatch(l -> skeleton(l).endsWith(skeleton("ปัจจัยความสำเร็จ –"))),
                "the dash is on the question's line: " + pages);
    }

    /**
     * OpenPDF's Thai layout is one switch for the whole JVM and throws when thrown twice: the server makes
     * member cards and official forms in one process, in either order.
     */
    @Test
    void memberCardsAndTheFormAreBothMadeInOneServer() throws IOException {
        byte[] cards = MemberCards.pdf("อบต.นายางกลัก", List.of(new MemberCards.Card("นางสมศรี ใจดี", "0042-7")),
                new MemberCards.Fonts("public/fonts/Sarabun_400Regular.ttf", "public/fonts/Sarabun_700Bold.ttf"));
        byte[] form = render("after-cards", answers(1));
        assertTrue(new String(cards, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")
                && new String(form, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"));
        assertTrue(String.join("", pages(form)).contains(skeleton("ลงชื่อ")), "the form after the cards is whole");
    }

    private static byte[] render(String name, Map<String, String> answers) throws IOException {
        BestPracticeReport r = new BestPracticeReport(
                new BestPracticeReport.District("3609", "เทพสถิต", "36", "ชัยภูมิ"), YearMonth.of(2026, 10),
                new BestPracticeReport.OrgChoice(1, "W360903", "องค์การบริหารส่วนตำบลนายางกลัก"),
                new BestPracticeReport.Part1(12, 1_245, 38, 7_451_250, 3_456_075), answers,
                "https://www.youtube.com/watch?v=abcdefghijk", "thepsathit.officer", Instant.now(),
                "กองทุนฌาปนกิจสงเคราะห์ จ่ายแล้ว 3 ราย รวม 15,000.00 บาท");
        byte[] pdf = BestPracticePdf.render(r, ThaiFormat.thaiDigits(), LocalDate.of(2026, 11, 3));
        Path dir = Path.of("target", "best-practice-pdf");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        return pdf;
    }

    /** Every Part 2 answer as {@code sentences} sentences of the kind districts write (none: "–"). */
    private static Map<String, String> answers(int sentences) {
        Map<String, String> out = new LinkedHashMap<>();
        BestPracticeForm.questions().forEach(q -> {
            StringBuilder a = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                a.append("ชุมชนร่วมกันคัดแยกขยะที่ต้นทางทุกครัวเรือน มีคณะกรรมการธนาคารขยะประชุมทุกเดือน"
                        + " และได้รับการสนับสนุนจากผู้นำชุมชนและโรงเรียนในพื้นที่อย่างต่อเนื่อง ");
            }
            out.put(q.key(), a.toString().strip());
        });
        return out;
    }

    /** Each page's lines as the extractor gives them (text lines, the footer's included). */
    private static List<String> lines(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        List<String> out = new ArrayList<>();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            out.add(extractor.getTextFromPage(p).strip());
        }
        return out;
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        List<String> out = new ArrayList<>();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            out.add(skeleton(extractor.getTextFromPage(p)));
        }
        return out;
    }

    /**
     * The text without spaces, line breaks and Thai marks above and below the line: the extractor drops
     * some marks of shaped Thai and spaces it its own way, and neither is the point here.
     */
    private static String skeleton(String text) {
        return text.replace("ำ", "ํา").replaceAll("[\\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+", "");
    }
}
