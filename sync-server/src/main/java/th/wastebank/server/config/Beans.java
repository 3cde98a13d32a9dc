package th.wastebank.server.config;

import java.time.Clock;

import com.github.f4b6a3.uuid.UuidCreator;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import th.wastebank.id.IdGenerator;

/** The clock and id source every feature shares, so tests can see one time and one id scheme. */
@Factory
public class Beans {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    IdGenerator ids() {
        return UuidCreator::getTimeOrderedEpoch;
    }
}
