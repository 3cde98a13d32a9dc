package th.wastebank.client.ui;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/** The few icons the app draws, as vector paths (24 × 24 Material shapes), coloured by the stylesheet. */
public final class Icons {
    public static final String BACK = "M20 11H7.83l5.59-5.59L12 4l-8 8 8 8 1.41-1.41L7.83 13H20v-2z";
    public static final String CLOSE = "M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41"
            + " 17.59 19 19 17.59 13.41 12z";
    public static final String SYNC = "M12 4V1L8 5l4 4V6c3.31 0 6 2.69 6 6 0 1.01-.25 1.97-.7 2.8l1.46 1.46C19.54"
            + " 15.03 20 13.57 20 12c0-4.42-3.58-8-8-8zm0 14c-3.31 0-6-2.69-6-6 0-1.01.25-1.97.7-2.8L5.24 7.74C4.46"
            + " 8.97 4 10.43 4 12c0 4.42 3.58 8 8 8v3l4-4-4-4v3z";
    public static final String WARNING = "M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z";
    public static final String CHEVRON = "M10 6L8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z";

    private Icons() {
    }

    public static Node of(String path, String styleClass) {
        SVGPath svg = new SVGPath();
        svg.setContent(path);
        svg.getStyleClass().addAll("icon", styleClass);
        return svg;
    }
}
