package th.wastebank.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

import th.wastebank.client.app.ClientMain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged app, {@code wastebank-app.jar}, starts on a desktop: its main class loads JavaFX from the
 * jar and shows the first screen, then stops cleanly on SIGTERM. This machine has no display, so the jar
 * runs with Monocle's headless glass added beside it (the only difference from {@code java -jar}); the
 * jar holds JavaFX's Windows and macOS libraries too, which are checked by name.
 */
class DesktopAppJarTest {
    private static final Duration START = Duration.ofSeconds(120);

    @Test
    void theAppJarShowsItsFirstScreenAndStopsCleanly() throws Exception {
        Path jar = Path.of(System.getProperty("wb.app.jar", "../mobile-client/target/wastebank-app.jar"));
        assumeTrue(Files.isRegularFile(jar), "no " + jar + ": build it first (mvn -B -DskipTests package)");
        Path monocle = Path.of(System.getProperty("wb.monocle.jar", ""));
        assumeTrue(Files.isRegularFile(monocle), "no Monocle jar at " + monocle);
        String mainClass;
        try (JarFile j = new JarFile(jar.toFile())) {
            mainClass = j.getManifest().getMainAttributes().getValue("Main-Class");
            for (String lib : List.of("libglass.so", "glass.dll", "libglass.dylib", "libprism_sw.so", "prism_sw.dll",
                    "libprism_sw.dylib")) {
                assertTrue(j.getEntry(lib) != null, "JavaFX's " + lib + " is in the jar");
            }
        }
        assertEquals(ClientMain.class.getName(), mainClass);

        Path dir = Path.of("target", "desktop-app").toAbsolutePath();
        Files.createDirectories(dir);
        Path log = dir.resolve("app.log");
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dwastebank.home=" + dir.resolve("home"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-cp", jar + java.io.File.pathSeparator + monocle, mainClass)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Instant deadline = Instant.now().plus(START);
            while (!read(log).contains(ClientMain.READY_LINE) && app.isAlive() && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertTrue(read(log).contains(ClientMain.READY_LINE), "the first screen showed: " + read(log));
            app.destroy();
            assertTrue(app.waitFor(30, TimeUnit.SECONDS), "it stops on SIGTERM");
            assertEquals(0, app.exitValue(), read(log));
            assertTrue(read(log).strip().endsWith(ClientMain.STOPPED_LINE), read(log));
        } finally {
            app.destroyForcibly().waitFor();
        }
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
