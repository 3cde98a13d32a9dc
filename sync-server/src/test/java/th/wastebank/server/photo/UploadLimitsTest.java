package th.wastebank.server.photo;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.Pictures;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.TusRequests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What one org and one device may hold of the upload service: unfinished bytes per org
 * (WB_UPLOAD_QUOTA_PER_ORG_MIB, 1 MiB here) and bodies in progress per device
 * (WB_UPLOADS_PER_DEVICE, 2 here).
 */
@MicronautTest(transactional = false)
class UploadLimitsTest extends ServerTestBase {
    private static final Path DATA = Path.of(System.getProperty("wb.test.data.dir", "target/test-data"), "upload-limits");

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("wb.data-dir", DATA.toAbsolutePath().toString());
        p.put("wb.upload-quota-per-org-mib", "1");
        p.put("wb.uploads-per-device", "2");
        return p;
    }

    private TusRequests phoneOf(String org) {
        return new TusRequests(server.getURI().toString(), api().pair(org).token());
    }

    private static void assertProblem(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        Map<String, Object> problem = Api.parse(r.body());
        assertEquals(code, problem.get("code"));
        assertTrue(((String) problem.get("detailTh")).chars().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F), r.body());
        assertTrue(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()) > 0);
    }

    @Test
    void anOrgsUnfinishedUploadsMayNotDeclareMoreThanItsQuotaAndAnotherOrgIsUnaffected() throws Exception {
        TusRequests phone = phoneOf(TestOrgs.create("อบต.ส่งค้าง"));
        String first = phone.created(600_000, Pictures.sha256(new byte[] {1}), "a.jpg");
        assertProblem(phone.create(600_000, Pictures.sha256(new byte[] {2}), "b.jpg"), 507, "upload-quota-full");

        TusRequests neighbour = phoneOf(TestOrgs.create("อบต.ข้างๆ"));
        assertEquals(201, neighbour.create(600_000, Pictures.sha256(new byte[] {3}), "c.jpg").statusCode());

        byte[] photo = Pictures.noise("png", 100, 100, 51);
        assertEquals(201, phone.create(photo.length, Pictures.sha256(photo), "small.png").statusCode(),
                "what is left of the quota is still usable");
        assertEquals(204, phone.terminate(first).statusCode());
        assertEquals(201, phone.create(600_000, Pictures.sha256(new byte[] {2}), "b.jpg").statusCode(),
                "a cancelled upload gives its bytes back");
    }

    @Test
    void aDeviceWithTwoUploadsInProgressIsAskedToWaitWhileAnotherDeviceIsServed() throws Exception {
        String org = TestOrgs.create("อบต.ส่งพร้อมกัน");
        TusRequests phone = phoneOf(org);
        byte[] photo = Pictures.noise("png", 120, 120, 52);
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                String location = phone.created(photo.length, Pictures.sha256(photo), "stalled-" + i + ".png");
                stalled.add(phone.stalledPatch(location, 0, photo.length, new byte[] {(byte) 0x89}));
                awaitWritten(location, 1);
            }
            String third = phone.created(photo.length, Pictures.sha256(photo), "third.png");
            assertProblem(phone.patch(third, 0, photo), 429, "uploads-per-device");
            assertEquals(0, phone.offset(third), "the refused body was not written");

            TusRequests otherPhone = phoneOf(org);
            assertEquals(204, otherPhone.upload(photo, "other.png").statusCode());
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
        byte[] next = Pictures.noise("png", 120, 120, 53);
        String location = phone.created(next.length, Pictures.sha256(next), "next.png");
        Instant deadline = Instant.now().plusSeconds(20);
        int status;
        while ((status = phone.patch(location, 0, next).statusCode()) == 429) {
            assertTrue(Instant.now().isBefore(deadline), "the closed connections never gave the budget back");
            Thread.sleep(100);
        }
        assertEquals(204, status);
    }

    private static void awaitWritten(String location, long size) throws Exception {
        Path part = DATA.resolve("uploads").resolve(location.substring(location.lastIndexOf('/') + 1) + ".part");
        Instant deadline = Instant.now().plusSeconds(20);
        while (Files.size(part) < size) {
            assertTrue(Instant.now().isBefore(deadline), "the server never wrote " + size + " bytes");
            Thread.sleep(20);
        }
    }
}
