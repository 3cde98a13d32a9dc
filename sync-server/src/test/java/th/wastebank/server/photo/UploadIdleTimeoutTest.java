package th.wastebank.server.photo;

import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Pictures;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.TusRequests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A PATCH that receives nothing for WB_UPLOAD_IDLE_TIMEOUT (2 s here, 30 s by default) is ended, its bytes kept. */
@MicronautTest(transactional = false)
class UploadIdleTimeoutTest extends ServerTestBase {
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("wb.upload-idle-timeout", "2s");
        return p;
    }

    @Test
    void aPatchThatReceivesNothingForTheIdleTimeoutEndsAndKeepsWhatArrived() throws Exception {
        Api.Device device = api().pair(TestOrgs.create("อบต.เงียบหาย"));
        TusRequests tus = new TusRequests(server.getURI().toString(), device.token());
        byte[] photo = Pictures.noise("png", 200, 200, 41);
        String location = tus.created(photo.length, Pictures.sha256(photo), "idle.png");
        int sent = photo.length / 2;
        try (Socket socket = tus.stalledPatch(location, 0, photo.length, Arrays.copyOf(photo, sent))) {
            long t0 = System.nanoTime();
            String answer = TusRequests.statusOf(socket, Duration.ofSeconds(30));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals("HTTP/1.1 408", answer);
            assertTrue(seconds >= 1.5 && seconds < 20, "ended after " + seconds + " s");
        }
        String id = location.substring(location.lastIndexOf('/') + 1).replace("-", "");
        assertEquals(sent, Db.count("SELECT received FROM upload WHERE id = UNHEX(?)", id));
        assertEquals(sent, tus.offset(location));
        assertEquals(204, tus.patch(location, sent, Arrays.copyOfRange(photo, sent, photo.length)).statusCode());
        assertArrayEquals(photo, tus.photo(Pictures.sha256(photo)).body());
    }
}
