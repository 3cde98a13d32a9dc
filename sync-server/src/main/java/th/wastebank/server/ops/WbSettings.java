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

    /** A CSV register of อปท. imported at start-up (blank: none). */
    public String getOrgRegister() {
        return orgRegister;
    }

    public void setOrgRegister(String orgRegister) {
        this.orgRegister = orgRegister == null ? "" : orgRegister;
    }
}
