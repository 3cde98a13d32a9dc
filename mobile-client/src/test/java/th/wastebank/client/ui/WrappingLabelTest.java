package th.wastebank.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Thai wraps into lines that each fit, at word boundaries, and every line is drawn on its own. */
class WrappingLabelTest {
    private static final String TEXT = "จับคู่โทรศัพท์เครื่องนี้กับธนาคารขยะของ อปท. ขอรหัสจับคู่จากเจ้าหน้าที่ อปท. "
            + "(ใช้ได้ครั้งเดียว ภายใน 30 นาที) ยอดเงินคงเหลือ 1,234.50 บาท";

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(Fonts::load).get(10, TimeUnit.SECONDS);
    }

    @Test
    void linesFitTheWidthAndTogetherAreTheWholeText() throws Exception {
        List<String> lines = WaitForAsyncUtils.asyncFx(() -> new LineBreaker().lines(TEXT, Font.font("Sarabun", 15), 200))
                .get(10, TimeUnit.SECONDS);

        assertTrue(lines.size() >= 3, lines::toString);
        double widest = WaitForAsyncUtils.asyncFx(() -> lines.stream()
                .mapToDouble(l -> new LineBreaker().width(l, Font.font("Sarabun", 15))).max().orElse(0))
                .get(10, TimeUnit.SECONDS);
        assertTrue(widest <= 200, "a line is " + widest + "px wide");
        assertEquals(TEXT.replace(" ", ""), String.join("", lines).replace(" ", ""));
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("1,234.50 บาท")), "the unit stays with its number: " + lines);
    }

    @Test
    void wordsTheDictionaryDoesNotKnowAreNotCutBeforeASilentConsonantOrAfterALoneLetter() {
        List<String> pieces = LineBreaker.breakOpportunities("ส่งขึ้นเซิร์ฟเวอร์เมื่อมีสัญญาณ กระป๋องอลูมิเนียม 20.00 บาท");
        assertTrue(pieces.stream().noneMatch(p -> p.startsWith("ร์")), pieces::toString);
        assertTrue(pieces.stream().anyMatch(p -> p.contains("เซิร์ฟเวอร์")), pieces::toString);
        assertTrue(pieces.stream().anyMatch(p -> p.contains("อลูมิเนียม")), pieces::toString);
        assertTrue(pieces.stream().anyMatch(p -> p.equals("20.00 บาท")), pieces::toString);
    }

    @Test
    void aThaiDateStaysWholeAndNoAbbreviationIsSplitAtItsDots() {
        String snackbar = "บันทึกการฝากของนางสมศรี ใจดี แล้ว เมื่อ 5 ธ.ค. 2569 09:05 น. ที่ อบต.นายางกลัก จ.ชัยภูมิ"
                + " และ ๑๒ ก.พ. ๒๕๗๐";
        List<String> pieces = LineBreaker.breakOpportunities(snackbar);

        assertTrue(pieces.stream().anyMatch(p -> p.contains("5 ธ.ค. 2569")), pieces::toString);
        assertTrue(pieces.stream().anyMatch(p -> p.contains("๑๒ ก.พ. ๒๕๗๐")), pieces::toString);
        assertTrue(pieces.stream().anyMatch(p -> p.contains("อบต.")), pieces::toString);
        assertTrue(pieces.stream().noneMatch(p -> p.startsWith("ค.") || p.startsWith("พ.") || p.startsWith("ต.")),
                pieces::toString);
        assertEquals(snackbar, String.join("", pieces));
    }

    @Test
    void aDateIsNotBrokenAcrossLinesInANarrowSnackbar() throws Exception {
        String text = "ส่งไม่สำเร็จ จะลองใหม่ 5 ธ.ค. 2569 09:05 น.";
        for (double width = 60; width <= 300; width += 10) {
            double w = width;
            List<String> lines = WaitForAsyncUtils.asyncFx(() -> new LineBreaker().lines(text, Font.font("Sarabun", 15), w))
                    .get(10, TimeUnit.SECONDS);
            assertTrue(lines.stream().noneMatch(l -> l.endsWith("ธ.") || l.startsWith("ค.")), w + ": " + lines);
            if (lines.stream().noneMatch(l -> l.contains("5 ธ.ค. 2569"))) {
                assertTrue(lines.stream().anyMatch(l -> l.contains("ธ.ค.")), w + ": " + lines);
            }
        }
    }

    @Test
    void aWrappingLabelDrawsOneTextNodePerLineAndIsTallEnoughForThem() throws Exception {
        WrappingLabel label = new WrappingLabel(TEXT);
        VBox box = new VBox(label);
        double[] measured = WaitForAsyncUtils.asyncFx(() -> {
            box.setPrefWidth(220);
            label.setFont(Font.font("Sarabun", 15));
            new Scene(box, 220, 400);
            box.applyCss();
            box.layout();
            List<Text> texts = label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                    .map(Text.class::cast).toList();
            double widest = texts.stream().mapToDouble(t -> t.getLayoutBounds().getWidth()).max().orElse(0);
            double lowest = texts.stream().mapToDouble(t -> t.getBoundsInParent().getMaxY()).max().orElse(0);
            return new double[]{texts.size(), widest, lowest, label.getHeight()};
        }).get(10, TimeUnit.SECONDS);

        assertTrue(measured[0] >= 3, "lines: " + measured[0]);
        assertTrue(measured[1] <= 220, "widest line: " + measured[1]);
        assertTrue(measured[2] <= measured[3] + 1, "text below the label: " + measured[2] + " > " + measured[3]);
    }
}
