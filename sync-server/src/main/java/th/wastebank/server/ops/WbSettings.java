package th.wastebank.server.ops;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The operator's settings under {@code wb.*}, each also an environment variable ({@code WB_DEMO},
 * {@code WB_ADMIN_TOKEN}, ...). The README lists them all.
 */
@ConfigurationProperties("wb")
public class WbSettings {
    private String dataDir = "data";
    private boolean demo;
    private String adminToken = "";
    private Duration pairingCodeTtl = Duration.ofMinutes(30);
    private String orgRegister = "";
    private String photosStorage = "local";
    private String photosObjectStorage = "default";
    private Duration uploadTtl = Duration.ofHours(24);
    private int deviceRequestsPerMinute = 1200;
    private int staffRequestsPerMinute = 600;
    private String trustedProxies = "";
    private int signInThreads = 1;
    private int signInQueue = 8;

    /** Where the embedded database (and later the photos) live. */
    public String getDataDir() {
        return dataDir;
    }

    public void setDataDir(String dataDir) {
        this.dataDir = dataDir;
    }

    /** When true, one demo อปท. per sub-district exists, its code the sub-district's. */
    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }

    /** The bearer secret of the operator API; blank switches the operator API off. */
    public String getAdminToken() {
        return adminToken;
    }

    public void setAdminToken(String adminToken) {
        this.adminToken = adminToken == null ? "" : adminToken;
    }

    /** How long a pairing code stays usable. */
    public Duration getPairingCodeTtl() {
        return pairingCodeTtl;
    }

    public void setPairingCodeTtl(Duration pairingCodeTtl) {
        this.pairingCodeTtl = pairingCodeTtl;
    }

    /** {@code local} (files under the data directory) or {@code object-storage}. */
    public String getPhotosStorage() {
        return photosStorage;
    }

    public void setPhotosStorage(String photosStorage) {
        this.photosStorage = photosStorage;
    }

    /** The name of the Micronaut Object Storage configuration used when photos go to object storage. */
    public String getPhotosObjectStorage() {
        return photosObjectStorage;
    }

    public void setPhotosObjectStorage(String photosObjectStorage) {
        this.photosObjectStorage = photosObjectStorage;
    }

    /** How long an unfinished upload is kept before it expires. */
    public Duration getUploadTtl() {
        return uploadTtl;
    }

    public void setUploadTtl(Duration uploadTtl) {
        this.uploadTtl = uploadTtl;
    }

    /** A CSV register of อปท. imported at start-up (blank: none). */
    public String getOrgRegister() {
        return orgRegister;
    }

    public void setOrgRegister(String orgRegister) {
        this.orgRegister = orgRegister == null ? "" : orgRegister;
    }

    /** Requests a minute one device may make (and as many at once); 0 for no limit. */
    public int getDeviceRequestsPerMinute() {
        return deviceRequestsPerMinute;
    }

    public void setDeviceRequestsPerMinute(int deviceRequestsPerMinute) {
        this.deviceRequestsPerMinute = deviceRequestsPerMinute;
    }

    /** Dashboard requests a minute one staff account may make (and as many at once); 0 for no limit. */
    public int getStaffRequestsPerMinute() {
        return staffRequestsPerMinute;
    }

    public void setStaffRequestsPerMinute(int staffRequestsPerMinute) {
        this.staffRequestsPerMinute = staffRequestsPerMinute;
    }

    /**
     * The reverse proxies (addresses or CIDRs, IPv4 and IPv6, comma-separated) whose
     * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed; blank: nobody's.
     */
    public String getTrustedProxies() {
        return trustedProxies;
    }

    public void setTrustedProxies(String trustedProxies) {
        this.trustedProxies = trustedProxies == null ? "" : trustedProxies;
    }

    /** Threads that check sign-in passwords (bcrypt); the rest of the server never waits on them. */
    public int getSignInThreads() {
        return signInThreads;
    }

    public void setSignInThreads(int signInThreads) {
        this.signInThreads = signInThreads;
    }

    /** Sign-ins that may wait for a password check; beyond that a sign-in is answered 503 at once. */
    public int getSignInQueue() {
        return signInQueue;
    }

    public void setSignInQueue(int signInQueue) {
        this.signInQueue = signInQueue;
    }
}
