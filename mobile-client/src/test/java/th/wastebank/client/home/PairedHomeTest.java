package th.wastebank.client.home;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.photo.PhotoUploadViewModel;
import th.wastebank.client.testing.FakeServer;
import th.wastebank.client.testing.TestClient;
import th.wastebank.client.ui.Async;

/** A phone paired with a fake server, and its home screen with the sync badge as the app builds them. */
abstract class PairedHomeTest {
    @TempDir
    Path tmp;
    TestClient client;
    FakeServer server;
    SyncBadgeViewModel badge;
    PhotoUploadViewModel photos;

    @BeforeEach
    void pair() throws IOException {
        client = new TestClient(tmp);
        server = FakeServer.start();
        client.pairWith(server);
    }

    @AfterEach
    void closePhone() {
        server.close();
        client.close();
    }

    /** The home screen, once the test has put in the store what it needs there. */
    HomeViewModel openHome() {
        badge = new SyncBadgeViewModel(client.ctx.sync(), Async.direct(), client.clock);
        photos = new PhotoUploadViewModel(client.ctx.photoUploader(), client.ctx.photos().queue(), Async.direct());
        return new HomeViewModel(client.ctx.settings(), client.ctx.ledger(), client.clock, badge, photos,
                client.screens);
    }
}
