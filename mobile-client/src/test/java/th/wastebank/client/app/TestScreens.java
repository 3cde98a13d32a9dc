package th.wastebank.client.app;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.stage.Stage;

import th.wastebank.client.photo.PhotoSource;
import th.wastebank.client.platform.ShareService;
import th.wastebank.client.ui.Async;

/**
 * The app's screens on a UI test's stage (a 360 × 640 phone), over a context the test made, with
 * their own worker thread; receipts are saved under {@code home/r}, photos come from {@code picker}.
 */
final class TestScreens implements AutoCloseable {
    final AppUi ui;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    TestScreens(ClientContext ctx, Stage stage, Path home, PhotoSource picker) {
        ui = new AppUi(ctx, new Async(worker, Platform::runLater), ShareService.savingOnly(home.resolve("r")), picker);
        stage.setScene(ui.scene(360, 640));
        ui.start();
        stage.show();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
