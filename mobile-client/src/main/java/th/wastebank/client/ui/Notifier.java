package th.wastebank.client.ui;

/** Shows the user a short message for a moment (the shell's snackbar); view models call it, tests record it. */
@FunctionalInterface
public interface Notifier {
    void show(String message);
}
