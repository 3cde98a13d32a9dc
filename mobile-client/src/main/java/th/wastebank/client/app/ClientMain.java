package th.wastebank.client.app;

import javafx.application.Application;

/**
 * The launcher. It is not itself an {@code Application}, so the app also starts with JavaFX on
 * the plain classpath ({@code mvn -Pclient verify}) rather than only on the module path.
 */
public final class ClientMain {
    private ClientMain() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
