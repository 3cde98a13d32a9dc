package th.wastebank.client.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test on a phone of its own, new for each test: not paired, nothing in its store yet. */
public abstract class FreshPhoneTest {
    @TempDir
    protected Path tmp;
    protected TestClient client;

    @BeforeEach
    void openPhone() {
        client = new TestClient(tmp);
    }

    @AfterEach
    void closePhone() {
        client.close();
    }
}
