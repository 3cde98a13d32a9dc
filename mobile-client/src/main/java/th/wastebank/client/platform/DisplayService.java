package th.wastebank.client.platform;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/**
 * The size the app's window takes: the whole screen on a phone (Gluon Attach's display service
 * says whether this is one), a 360 × 640 portrait window on a desktop.
 */
public interface DisplayService {
    Dimension2D PHONE_WINDOW = new Dimension2D(360, 640);

    Dimension2D windowSize();

    boolean phone();

    static DisplayService create() {
        boolean phone = Attach.service(com.gluonhq.attach.display.DisplayService::create)
                .map(d -> d.isPhone() || d.isTablet()).orElse(false);
        if (phone) {
            return new DisplayService() {
                @Override
                public Dimension2D windowSize() {
                    Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
                    return new Dimension2D(bounds.getWidth(), bounds.getHeight());
                }

                @Override
                public boolean phone() {
                    return true;
                }
            };
        }
        return new DisplayService() {
            @Override
            public Dimension2D windowSize() {
                return PHONE_WINDOW;
            }

            @Override
            public boolean phone() {
                return false;
            }
        };
    }
}
