package th.wastebank.server.ops;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.wastebank.server.auth.Secrets;
import th.wastebank.server.config.WbSettings;
import th.wastebank.server.org.Geography;
import th.wastebank.server.org.OrgRegister;

/**
 * What a node does once the schema is migrated: load the geography, create the demo อปท. or import
 * the register as configured, and in demo mode make sure there is an operator token to try the API.
 */
@Singleton
public class StartupTasks {
    private static final Logger LOG = LoggerFactory.getLogger(StartupTasks.class);

    private final WbSettings settings;
    private final Geography geography;
    private final OrgRegister register;

    public StartupTasks(WbSettings settings, Geography geography, OrgRegister register) {
        this.settings = settings;
        this.geography = geography;
        this.register = register;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        geography.loadIfEmpty();
        if (!settings.getOrgRegister().isBlank()) {
            importRegister(Path.of(settings.getOrgRegister()));
        }
        if (settings.isDemo()) {
            long demoOrgs = geography.createDemoOrgs();
            LOG.info("Demo mode: {} demo organisations (one per sub-district; e.g. 360903 อบต.นายางกลัก)", demoOrgs);
            if (settings.getAdminToken().isBlank()) {
                settings.setAdminToken(Secrets.newDeviceToken().replace(Secrets.TOKEN_PREFIX, "demo_"));
                LOG.warn("Demo mode without WB_ADMIN_TOKEN: this run's operator token is {}", settings.getAdminToken());
            }
        }
    }

    private void importRegister(Path csv) {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            OrgRegister.Result result = register.importCsv(reader);
            LOG.info("Imported {} organisations from {}", result.imported(), csv);
            result.errors().forEach(e -> LOG.warn("{} line {}: {}", csv, e.line(), e.message()));
        } catch (IOException e) {
            LOG.error("Could not read the register {}: {}", csv, e.getMessage());
        }
    }
}
