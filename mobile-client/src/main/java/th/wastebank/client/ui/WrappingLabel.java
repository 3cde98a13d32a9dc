package th.wastebank.client.ui;

import java.util.List;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A label whose text wraps correctly in Thai: lines are broken by {@link LineBreaker} and each is
 * drawn as its own text node, because JavaFX 21's own wrapping repeats the rest of a Thai
 * paragraph on every line. Font, colour, alignment and padding come from CSS as for any label;
 * its height always fits all its lines.
 */
public class WrappingLabel extends Label {
    public WrappingLabel() {
        this("");
    }

    public WrappingLabel(String text) {
        super(text);
        setWrapText(true);
        setMinHeight(USE_PREF_SIZE);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new LinesSkin(this);
    }

    private static final class LinesSkin extends SkinBase<Label> {
        private final LineBreaker breaker = new LineBreaker();
        private String brokenText;
        private Font brokenFont;
        private double brokenWidth = Double.NaN;
        private List<String> broken = List.of();

        LinesSkin(Label label) {
            super(label);
            consumeMouseEvents(false);
            registerChangeListener(label.textProperty(), o -> label.requestLayout());
            registerChangeListener(label.fontProperty(), o -> label.requestLayout());
            registerChangeListener(label.textFillProperty(), o -> label.requestLayout());
            registerChangeListener(label.underlineProperty(), o -> label.requestLayout());
            registerChangeListener(label.alignmentProperty(), o -> label.requestLayout());
            registerChangeListener(label.textAlignmentProperty(), o -> label.requestLayout());
        }

        private List<String> lines(double width) {
            Label label = getSkinnable();
            String text = label.getText() == null ? "" : label.getText();
            if (!text.equals(brokenText) || !label.getFont().equals(brokenFont) || width != brokenWidth) {
                brokenText = text;
                brokenFont = label.getFont();
                brokenWidth = width;
                broken = breaker.lines(text, brokenFont, width);
            }
            return broken;
        }

        private double textHeight(int lineCount) {
            Label label = getSkinnable();
            return lineCount * breaker.lineHeight(label.getFont()) + Math.max(0, lineCount - 1) * label.getLineSpacing();
        }

        @Override
        protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
            double widest = 0;
            for (String paragraph : lines(Double.POSITIVE_INFINITY)) {
                widest = Math.max(widest, breaker.width(paragraph, getSkinnable().getFont()));
            }
            return left + Math.ceil(widest) + right;
        }

        @Override
        protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
            return left + Math.ceil(Math.min(breaker.widestWord(getSkinnable().getText(), getSkinnable().getFont()),
                    computePrefWidth(height, top, right, bottom, left) - left - right)) + right;
        }

        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            double available = width < 0 ? Double.POSITIVE_INFINITY : width - left - right;
            return top + Math.ceil(textHeight(lines(available).size())) + bottom;
        }

        @Override
        protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
            return computePrefHeight(width, top, right, bottom, left);
        }

        @Override
        protected double computeMaxHeight(double width, double top, double right, double bottom, double left) {
            return computePrefHeight(width, top, right, bottom, left);
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            Label label = getSkinnable();
            List<String> lines = lines(w);
            while (getChildren().size() < lines.size()) {
                Text t = new Text();
                t.setTextOrigin(VPos.TOP);
                t.setManaged(false);
                getChildren().add(t);
            }
            getChildren().remove(lines.size(), getChildren().size());
            double lineHeight = breaker.lineHeight(label.getFont()) + label.getLineSpacing();
            double free = h - textHeight(lines.size());
            VPos vpos = label.getAlignment().getVpos();
            double top = y + (vpos == VPos.BOTTOM ? free : vpos == VPos.TOP ? 0 : free / 2);
            HPos hpos = label.getTextAlignment() == TextAlignment.CENTER ? HPos.CENTER
                    : label.getTextAlignment() == TextAlignment.RIGHT ? HPos.RIGHT : label.getAlignment().getHpos();
            for (int i = 0; i < lines.size(); i++) {
                Text t = (Text) getChildren().get(i);
                t.setText(lines.get(i));
                t.setFont(label.getFont());
                t.setFill(label.getTextFill());
                t.setUnderline(label.isUnderline());
                double lineWidth = t.getLayoutBounds().getWidth();
                double left = hpos == HPos.CENTER ? x + (w - lineWidth) / 2 : hpos == HPos.RIGHT ? x + w - lineWidth : x;
                t.relocate(snapPositionX(left), snapPositionY(top + i * lineHeight));
            }
        }
    }
}
