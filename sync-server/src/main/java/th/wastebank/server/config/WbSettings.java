package th.wastebank.server.config;

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
    private String uploadDir = "";
    private int deviceRequestsPerMinute = 1200;
    private int staffRequestsPerMinute = 600;
    private int photoDecodes = 2;
    private int photoDecodeMemoryMib = 128;
    private Duration uploadIdleTimeout = Duration.ofSeconds(30);
    private int uploadQuotaPerOrgMib = 200;
    private int uploadsPerDevice = 4;
    private int pushesPerDevice = 2;
    private int pushesPerOrg = 4;
    private Duration pushTurnTimeout = Duration.ofSeconds(30);
    private int pullPageBytes = 4 * 1024 * 1024;
    private String trustedProxies = "";
    private int signInThreads = 1;
    private int signInQueue = 8;
    private String backupAt = "02:00";
    private int backupKeep = 14;
    private String backupDir = "";
    private String backupDumpTool = "";
    private int publicRequestsPerMinute = 120;
    private String publicUrl = "";

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

    /**
     * Where the bytes of unfinished uploads are kept (blank: {@code WB_DATA_DIR/uploads}). Every node
     * of a cluster must use the same shared directory (a network mount), so that any node continues
     * any upload; also when photos go to object storage.
     */
    public String getUploadDir() {
        return uploadDir;
    }

    public void setUploadDir(String uploadDir) {
        this.uploadDir = uploadDir == null ? "" : uploadDir;
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

    /** Pictures decoded at once (for thumbnails); more wait their turn. */
    public int getPhotoDecodes() {
        return photoDecodes;
    }

    public void setPhotoDecodes(int photoDecodes) {
        this.photoDecodes = photoDecodes;
    }

    /** The most memory one picture's decode may hold at once (MiB); a picture needing more is refused. */
    public int getPhotoDecodeMemoryMib() {
        return photoDecodeMemoryMib;
    }

    public void setPhotoDecodeMemoryMib(int photoDecodeMemoryMib) {
        this.photoDecodeMemoryMib = photoDecodeMemoryMib;
    }

    /** An upload request that receives no byte for this long is ended (what it received is kept). */
    public Duration getUploadIdleTimeout() {
        return uploadIdleTimeout;
    }

    public void setUploadIdleTimeout(Duration uploadIdleTimeout) {
        this.uploadIdleTimeout = uploadIdleTimeout;
    }

    /** The declared bytes of one org's unfinished uploads together may not exceed this (MiB); 0 for no quota. */
    public int getUploadQuotaPerOrgMib() {
        return uploadQuotaPerOrgMib;
    }

    public void setUploadQuotaPerOrgMib(int uploadQuotaPerOrgMib) {
        this.uploadQuotaPerOrgMib = uploadQuotaPerOrgMib;
    }

    /** Upload requests (PATCH) one device may have in progress at once on a node; 0 for no limit. */
    public int getUploadsPerDevice() {
        return uploadsPerDevice;
    }

    public void setUploadsPerDevice(int uploadsPerDevice) {
        this.uploadsPerDevice = uploadsPerDevice;
    }

    /** Pushes one device may have in flight on a node (more: 429 with Retry-After); 0 for no limit. */
    public int getPushesPerDevice() {
        return pushesPerDevice;
    }

    public void setPushesPerDevice(int pushesPerDevice) {
        this.pushesPerDevice = pushesPerDevice;
    }

    /** Pushes one org's devices may have in flight on a node together (more: 429); 0 for no limit. */
    public int getPushesPerOrg() {
        return pushesPerOrg;
    }

    public void setPushesPerOrg(int pushesPerOrg) {
        this.pushesPerOrg = pushesPerOrg;
    }

    /** How long a push waits for its org's turn (holding no connection) before a 503 with Retry-After. */
    public Duration getPushTurnTimeout() {
        return pushTurnTimeout;
    }

    public void setPushTurnTimeout(Duration pushTurnTimeout) {
        this.pushTurnTimeout = pushTurnTimeout;
    }

    /** Bytes of changes in one pull page, besides its row limit (a single larger change comes alone). */
    public int getPullPageBytes() {
        return pullPageBytes;
    }

    public void setPullPageBytes(int pullPageBytes) {
        this.pullPageBytes = pullPageBytes;
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

    /** The daily backup's time of day (HH:mm) in the server's local time zone; {@code off}: no daily backup. */
    public String getBackupAt() {
        return backupAt;
    }

    public void setBackupAt(String backupAt) {
        this.backupAt = backupAt == null ? "" : backupAt.strip();
    }

    /** Backup files kept in the backup directory; the oldest beyond this are deleted after each new one. */
    public int getBackupKeep() {
        return backupKeep;
    }

    public void setBackupKeep(int backupKeep) {
        this.backupKeep = backupKeep;
    }

    /** Where backup files are written; blank: {@code backups} under the data directory. */
    public String getBackupDir() {
        return backupDir;
    }

    public void setBackupDir(String backupDir) {
        this.backupDir = backupDir == null ? "" : backupDir.strip();
    }

    /**
     * The {@code mariadb-dump} (or {@code mysqldump}) program; blank: the embedded MariaDB's own, else
     * the first of {@code mariadb-dump} and {@code mysqldump} on the PATH.
     */
    public String getBackupDumpTool() {
        return backupDumpTool;
    }

    public void setBackupDumpTool(String backupDumpTool) {
        this.backupDumpTool = backupDumpTool == null ? "" : backupDumpTool.strip();
    }

    /** Public pages (/p/...) a client address may open in a minute (ADR 0023); 0 or less for no limit. */
    public int getPublicRequestsPerMinute() {
        return publicRequestsPerMinute;
    }

    public void setPublicRequestsPerMinute(int publicRequestsPerMinute) {
        this.publicRequestsPerMinute = publicRequestsPerMinute;
    }

    /**
     * The server's address as the public sees it ({@code https://wastebank.example.go.th}), for the
     * absolute links a shared page's preview needs; blank: taken from the request's Host header.
     */
    public String getPublicUrl() {
        return publicUrl;
    }

    public void setPublicUrl(String publicUrl) {
        String url = publicUrl == null ? "" : publicUrl.strip();
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
