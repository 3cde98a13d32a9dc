package th.wastebank.id;

import java.util.UUID;

/**
 * Makes new UUIDv7 ids. The model only states the need; phone and server implement it with the
 * uuid-creator library so that nobody hand-rolls the bit layout.
 */
@FunctionalInterface
public interface IdGenerator {
    UUID next();
}
