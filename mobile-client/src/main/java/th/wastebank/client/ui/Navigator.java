package th.wastebank.client.ui;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The app's back stack of screens, like a phone's: open a screen on top, go back to the one
 * below, or start again from a root. The shell shows whatever is {@link #currentProperty current}.
 */
public final class Navigator {
    private final Deque<Screen> stack = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper depth = new ReadOnlyIntegerWrapper();
    private final BooleanBinding canGoBack = Bindings.greaterThan(depth.getReadOnlyProperty(), 1);

    /** Opens {@code screen} on top of the current one. */
    public void push(Screen screen) {
        stack.push(screen);
        showTop();
    }

    /** Shows {@code screen} in place of the current one (back then skips the replaced screen). */
    public void replaceTop(Screen screen) {
        if (!stack.isEmpty()) {
            stack.pop();
        }
        push(screen);
    }

    /** Forgets every screen and shows {@code root}. */
    public void resetTo(Screen root) {
        stack.clear();
        push(root);
    }

    /** Goes back to the screen below; false (and nothing happens) on the root screen. */
    public boolean back() {
        if (stack.size() <= 1) {
            return false;
        }
        stack.pop();
        showTop();
        return true;
    }

    public Screen current() {
        return current.get();
    }

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty depthProperty() {
        return depth.getReadOnlyProperty();
    }

    public BooleanBinding canGoBack() {
        return canGoBack;
    }

    private void showTop() {
        Screen top = stack.peek();
        depth.set(stack.size());
        current.set(top);
        if (top != null) {
            top.onShow();
        }
    }
}
