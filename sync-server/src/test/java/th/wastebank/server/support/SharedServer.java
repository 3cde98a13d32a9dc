package th.wastebank.server.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a {@link ServerTestBase} class against a server started once per test JVM and kept for every
 * later class that asks for the same properties, instead of the Micronaut context of its own that
 * {@code @MicronautTest} starts and stops for each class (seconds of the suite's time each). The
 * classes keep apart as they already do on the shared database: with organisations, devices and
 * staff accounts of their own. A class that leaves something in the server's memory that another
 * would trip over (a limiter's count of wrong attempts, a setting of its own) keeps
 * {@code @MicronautTest}. Its {@code @Inject} fields are filled from the shared context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedServerExtension.class)
public @interface SharedServer {
}
