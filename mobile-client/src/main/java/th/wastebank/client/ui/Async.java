package th.wastebank.client.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Where a view model's work runs: slow work (the database, the network) on a background
 * executor, and its result back on the UI executor. The app uses a worker thread and
 * {@code Platform.runLater}; tests and the screenshot tool use {@link #direct()}, which runs
 * everything at once on the calling thread, so view models are tested without the JavaFX toolkit.
 */
public final class Async {
    private final Executor background;
    private final Executor ui;

    public Async(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Runs work and its continuation immediately, on the calling thread. */
    public static Async direct() {
        return new Async(Runnable::run, Runnable::run);
    }

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI executor. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                ui.execute(() -> onFailure.accept(e));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
    }

    /** Runs {@code task} on the UI executor (from a background thread, e.g. a sync engine listener). */
    public void ui(Runnable task) {
        ui.execute(task);
    }
}
