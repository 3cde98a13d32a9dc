package th.wastebank.client.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Dimension2D;
import javafx.stage.Stage;

import th.wastebank.client.platform.AppDirectories;
import th.wastebank.client.platform.DisplayService;
import th.wastebank.client.platform.LifecycleService;
import th.wastebank.client.platform.PhotoSources;
import th.wastebank.client.platform.ShareService;
import th.wastebank.client.ui.Async;
import th.wastebank.client.ui.Fonts;

/**
 * The running app: opens the phone's database in the private directory, shows the shell in a
 * phone-sized window (the whole screen on a phone), starts the sync engine, and nudges it
 * whenever the app comes back to the front. Pausing needs no flush: every save is committed
 * before the screen says "saved".
 */
public final class App extends Application {
    private static final Logger LOG = Logger.getLogger(App.class.getName());
    /** How often the engine pulls when there is nothing to send. */
    public static final Duration PULL_EVERY = Duration.ofMinutes(5);

    private Path privateDir;
    private ClientContext context;
    private ExecutorService worker;

    @Override
    public void init() {
        Fonts.load();
        privateDir = AppDirectories.privateDir();
        context = new ClientContext(privateDir, Clock.systemUTC(), PULL_EVERY);
    }

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> LOG.log(Level.SEVERE, "uncaught on the FX thread", e));
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wastebank-work");
            t.setDaemon(true);
            return t;
        });
        AppUi ui = new AppUi(context, new Async(worker, Platform::runLater), ShareService.create(privateDir),
                PhotoSources.create(stage));
        Dimension2D size = DisplayService.create().windowSize();
        stage.setScene(ui.scene(size.getWidth(), size.getHeight()));
        stage.setTitle(ui.messages().get("app.name"));
        LifecycleService lifecycle = LifecycleService.create(stage);
        lifecycle.onPause(() -> LOG.fine("paused: nothing to flush, every save is already committed"));
        lifecycle.onResume(ui.syncBadge()::sendNow);
        ui.start();
        stage.show();
        System.out.println(ClientMain.READY_LINE);
        context.sync().start();
        context.photoUploader().start();
    }

    @Override
    public void stop() throws InterruptedException {
        if (worker != null) {
            worker.shutdown();
            worker.awaitTermination(5, TimeUnit.SECONDS);
        }
        if (context != null) {
            context.close();
        }
    }
}
