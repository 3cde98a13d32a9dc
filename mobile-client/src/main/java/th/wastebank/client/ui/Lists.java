package th.wastebank.client.ui;

import java.util.List;

import javafx.collections.ObservableList;

/** List updates for view models (javafx.collections only, no toolkit). */
public final class Lists {
    private Lists() {
    }

    /**
     * Replaces a list's content only when it changed, so a reload that brings nothing new does not
     * rebuild the rows under the user's finger.
     */
    public static <T> void replaceIfChanged(ObservableList<T> list, List<? extends T> content) {
        if (!list.equals(content)) {
            list.setAll(content);
        }
    }
}
