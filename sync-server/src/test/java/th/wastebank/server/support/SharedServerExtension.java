package th.wastebank.server.support;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The servers of {@link SharedServer} classes: one per set of properties in this JVM, started for
 * the first class that asks for it and closed when the JVM ends (Surefire runs the classes of a fork
 * one after another, so they never use it at the same time).
 */
final class SharedServerExtension implements TestInstancePostProcessor {
    private static final Map<Map<String, String>, EmbeddedServer> SERVERS = new HashMap<>();
    private static boolean closeOnExit;

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws Exception {
        if (!(testInstance instanceof TestPropertyProvider provider)) {
            throw new ExtensionConfigurationException("@SharedServer needs a ServerTestBase: " + testInstance.getClass());
        }
        ApplicationContext server = serverFor(provider.getProperties()).getApplicationContext();
        for (Class<?> c = testInstance.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class)) {
                    field.setAccessible(true);
                    field.set(testInstance, server.getBean(field.getType()));
                }
            }
        }
    }

    private static synchronized EmbeddedServer serverFor(Map<String, String> properties) {
        Map<String, String> key = new TreeMap<>(properties);
        EmbeddedServer server = SERVERS.get(key);
        if (server == null || !server.isRunning()) {
            server = ApplicationContext.run(EmbeddedServer.class, new HashMap<>(key), "test");
            SERVERS.put(key, server);
        }
        if (!closeOnExit) {
            closeOnExit = true;
            Runtime.getRuntime().addShutdownHook(new Thread(SharedServerExtension::closeAll, "shared-servers-close"));
        }
        return server;
    }

    private static synchronized void closeAll() {
        for (EmbeddedServer server : SERVERS.values()) {
            try {
                server.getApplicationContext().close();
            } catch (RuntimeException e) {
                // the JVM is ending: the database may be gone already
            }
        }
        SERVERS.clear();
    }
}
