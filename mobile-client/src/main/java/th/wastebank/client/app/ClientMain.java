package th.wastebank.client.app;

import javafx.application.Application;
import javafx.application.Platform;
import sun.misc.Signal;

/**
 * The launcher. It is not itself an {@code Application}, so the app also starts with JavaFX on
 * the plain classpath ({@code mvn -Pclient verify}) rather than only on the module path.
 */
public final class ClientMain {
    /** The line the app writes once its first screen shows (how a script or a test knows it started). */
    public static final String READY_LINE = "แอปพร้อมแล้ว · App ready";
    /** The last line the app writes when it was closed or stopped with Ctrl-C, in Thai and English. */
    public static final String STOPPED_LINE = "ปิดแอปแล้ว · App stopped";

    private ClientMain() {
    }

    public static void main(String[] args) {
        closeOnSignals();
        Application.launch(App.class, args);
        System.out.println(STOPPED_LINE);
        System.exit(0);
    }

    /**
     * Ctrl-C or SIGTERM on a desktop closes the app as its window's close button does (the store is
     * closed, the sync loops end) and exits 0, so {@code mvn -Pclient verify} does not report a
     * BUILD FAILURE. On a phone the system ends the app through its lifecycle instead.
     */
    private static void closeOnSignals() {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), signal -> Platform.exit());
            } catch (IllegalArgumentException unavailable) {
                // no such signal here, or the JVM keeps it (-Xrs): the default exit stays
            }
        }
    }
}
