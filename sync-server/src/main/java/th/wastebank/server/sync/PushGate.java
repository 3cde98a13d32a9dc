package th.wastebank.server.sync;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.auth.DeviceCaller;
import th.wastebank.server.config.WbSettings;

/**
 * Keeps one device or one org from taking the database pool and the blocking threads from the
 * others. A push is let in only while its device has fewer than {@code WB_PUSHES_PER_DEVICE} and its
 * org fewer than {@code WB_PUSHES_PER_ORG} pushes in flight on this node (else 429 with Retry-After);
 * it then waits for its org's turn on a fair in-process lock before it borrows a connection, so the
 * pushes of one org queue here, in arrival order, without holding connections. The org's row lock
 * in the database stays: it is what orders one org's pushes across several nodes on one database.
 * (On a Galera cluster that lock holds only on its own database node; a push of the same org
 * committed first through another node makes this one fail certification, and {@code Tx} runs it
 * again.)
 */
@Singleton
public class PushGate {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final int perDevice;
    private final int perOrg;
    private final Duration turnTimeout;
    private final Map<UUID, Integer> devices = new ConcurrentHashMap<>();
    private final Map<Long, Org> orgs = new ConcurrentHashMap<>();

    public PushGate(WbSettings settings) {
        this.perDevice = settings.getPushesPerDevice();
        this.perOrg = settings.getPushesPerOrg();
        this.turnTimeout = settings.getPushTurnTimeout();
    }

    /** An org's pushes in flight and its turn. Only touched inside the map's compute for its key. */
    private static final class Org {
        private int inFlight;
        private final ReentrantLock turn = new ReentrantLock(true);
    }

    /** A push let in; closing it gives back its place and, if it has it, its org's turn. */
    public final class Pass implements AutoCloseable {
        private final UUID deviceId;
        private final long orgId;
        private final Org org;
        private boolean hasTurn;

        private Pass(UUID deviceId, long orgId, Org org) {
            this.deviceId = deviceId;
            this.orgId = orgId;
            this.org = org;
        }

        /** Waits (holding no connection) until no other push of the org on this node is applied. */
        public void awaitTurn() {
            try {
                hasTurn = org.turn.tryLock(turnTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!hasTurn) {
                throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "org-turn-timeout", "Organisation busy",
                        "Other pushes of this organisation took longer than " + turnTimeout.toSeconds()
                                + " s; send again later",
                        "เซิร์ฟเวอร์กำลังบันทึกข้อมูลของ อปท. นี้จากเครื่องอื่นอยู่ ระบบจะส่งให้อีกครั้งในอีกสักครู่",
                        RETRY_AFTER);
            }
        }

        @Override
        public void close() {
            if (hasTurn) {
                org.turn.unlock();
            }
            leaveOrg(orgId);
            leaveDevice(deviceId);
        }
    }

    /** Lets the push in, or refuses it with 429 when its device or its org has too many in flight. */
    public Pass admit(DeviceCaller caller) {
        if (!enterDevice(caller.deviceId())) {
            throw tooMany("device-busy", "This device already has " + perDevice + " pushes in flight",
                    "เครื่องนี้กำลังส่งข้อมูลอยู่หลายชุดพร้อมกัน ระบบจะส่งชุดนี้ให้อีกครั้งในอีกสักครู่");
        }
        Org org = enterOrg(caller.orgId());
        if (org == null) {
            leaveDevice(caller.deviceId());
            throw tooMany("org-busy", "This organisation already has " + perOrg + " pushes in flight",
                    "อปท. นี้กำลังส่งข้อมูลจากหลายเครื่องพร้อมกัน ระบบจะส่งชุดนี้ให้อีกครั้งในอีกสักครู่");
        }
        return new Pass(caller.deviceId(), caller.orgId(), org);
    }

    private boolean enterDevice(UUID deviceId) {
        boolean[] entered = {false};
        devices.compute(deviceId, (id, n) -> {
            int now = n == null ? 0 : n;
            if (perDevice > 0 && now >= perDevice) {
                return n;
            }
            entered[0] = true;
            return now + 1;
        });
        return entered[0];
    }

    private void leaveDevice(UUID deviceId) {
        devices.computeIfPresent(deviceId, (id, n) -> n <= 1 ? null : n - 1);
    }

    private Org enterOrg(long orgId) {
        Org[] entered = {null};
        orgs.compute(orgId, (id, o) -> {
            Org org = o == null ? new Org() : o;
            if (perOrg > 0 && org.inFlight >= perOrg) {
                return o;
            }
            org.inFlight++;
            entered[0] = org;
            return org;
        });
        return entered[0];
    }

    /** The org's entry is dropped with its last push, so the maps only hold what is in flight. */
    private void leaveOrg(long orgId) {
        orgs.computeIfPresent(orgId, (id, o) -> --o.inFlight == 0 ? null : o);
    }

    private static ApiProblem tooMany(String code, String detail, String detailTh) {
        return new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, code, "Too many pushes in flight", detail, detailTh,
                RETRY_AFTER);
    }
}
