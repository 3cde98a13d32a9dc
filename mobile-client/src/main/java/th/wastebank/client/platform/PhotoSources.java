package th.wastebank.client.platform;

import java.io.File;
import java.util.function.Consumer;

import javafx.beans.value.ChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import com.gluonhq.attach.pictures.PicturesService;

import th.wastebank.client.photo.PhotoSource;
import th.wastebank.client.photo.PickedPhoto;

/**
 * Where new photos come from: the phone's camera through Gluon Attach Pictures (its non-blocking
 * {@code asyncTakePhoto}, the result arriving in {@code imageProperty}), or on a desktop, where
 * Attach has no camera, a file chooser for JPEG and PNG files.
 *
 * <p>The camera's image is handed over as a JavaFX {@link Image} and read into pixels with
 * {@link SwingFXUtils}, which needs AWT: on a native Android or iOS build that conversion (and the
 * resize in {@link th.wastebank.client.photo.JpegResizer}) would go through a platform encoder
 * instead, as that class says.
 */
public final class PhotoSources {
    private PhotoSources() {
    }

    public static PhotoSource create(Window window) {
        return Attach.service(PicturesService::create).<PhotoSource>map(Camera::new)
                .orElseGet(() -> fileChooser(window));
    }

    /** The desktop fallback: choose a picture file. */
    public static PhotoSource fileChooser(Window window) {
        return onPicked -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JPEG / PNG", "*.jpg", "*.jpeg",
                    "*.JPG", "*.JPEG", "*.png", "*.PNG"));
            File file = chooser.showOpenDialog(window);
            if (file != null) {
                onPicked.accept(PickedPhoto.ofFile(file.toPath()));
            }
        };
    }

    /** Attach's camera; a cancelled shot never answers, and the next one replaces its listener. */
    private static final class Camera implements PhotoSource {
        private final PicturesService pictures;
        private ChangeListener<Image> waiting;

        Camera(PicturesService pictures) {
            this.pictures = pictures;
        }

        @Override
        public void pick(Consumer<PickedPhoto> onPicked) {
            if (waiting != null) {
                pictures.imageProperty().removeListener(waiting);
            }
            waiting = (o, was, image) -> {
                if (image == null) {
                    return;
                }
                pictures.imageProperty().removeListener(waiting);
                waiting = null;
                onPicked.accept(() -> SwingFXUtils.fromFXImage(image, null));
            };
            pictures.imageProperty().addListener(waiting);
            pictures.asyncTakePhoto(false);
        }
    }
}
