package th.wastebank.client.platform;

import com.gluonhq.attach.lifecycle.LifecycleEvent;

import javafx.stage.Stage;

/**
 * When the app goes to the background and comes back: Gluon Attach's lifecycle events on a phone,
 * minimising and restoring the window on a desktop.
 */
public interface LifecycleService {
    void onPause(Runnable action);

    void onResume(Runnable action);

    static LifecycleService create(Stage stage) {
        return Attach.service(com.gluonhq.attach.lifecycle.LifecycleService::create)
                .<LifecycleService>map(attach -> new LifecycleService() {
                    @Override
                    public void onPause(Runnable action) {
                        attach.addListener(LifecycleEvent.PAUSE, action);
                    }

                    @Override
                    public void onResume(Runnable action) {
                        attach.addListener(LifecycleEvent.RESUME, action);
                    }
                })
                .orElseGet(() -> new LifecycleService() {
                    @Override
                    public void onPause(Runnable action) {
                        stage.iconifiedProperty().addListener((o, was, iconified) -> {
                            if (iconified) {
                                action.run();
                            }
                        });
                    }

                    @Override
                    public void onResume(Runnable action) {
                        stage.iconifiedProperty().addListener((o, was, iconified) -> {
                            if (!iconified) {
                                action.run();
                            }
                        });
                    }
                });
    }
}
