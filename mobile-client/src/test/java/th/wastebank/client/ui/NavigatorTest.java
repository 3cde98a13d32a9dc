package th.wastebank.client.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

import org.junit.jupiter.api.Test;

class NavigatorTest {
    private final List<String> shown = new ArrayList<>();
    private final Navigator navigator = new Navigator();

    private Screen screen(String name) {
        return new Screen() {
            @Override
            public ObservableValue<String> title() {
                return new SimpleStringProperty(name);
            }

            @Override
            public Node node() {
                return null;
            }

            @Override
            public void onShow() {
                shown.add(name);
            }
        };
    }

    @Test
    void backReturnsToThePreviousScreenAndShowsItAgain() {
        navigator.resetTo(screen("home"));
        navigator.push(screen("members"));
        navigator.push(screen("passbook"));
        assertTrue(navigator.canGoBack().get());

        assertTrue(navigator.back());
        assertEquals("members", navigator.current().title().getValue());
        assertEquals(List.of("home", "members", "passbook", "members"), shown);
    }

    @Test
    void theRootScreenHasNoBack() {
        navigator.resetTo(screen("home"));
        assertFalse(navigator.canGoBack().get());
        assertFalse(navigator.back());
        assertEquals("home", navigator.current().title().getValue());
    }

    @Test
    void aReplacedScreenIsSkippedByBack() {
        navigator.resetTo(screen("home"));
        navigator.push(screen("deposit"));
        navigator.replaceTop(screen("receipt"));

        navigator.back();

        assertEquals("home", navigator.current().title().getValue());
    }

    @Test
    void resetForgetsTheStack() {
        navigator.resetTo(screen("pair"));
        navigator.push(screen("x"));
        navigator.resetTo(screen("home"));
        assertEquals(1, navigator.depthProperty().get());
    }
}
