package th.wastebank.client.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.validation.Dates;

/** A real phone context on a real SQLite file, with a fixed clock and a priced board. */
public final class StoreFixture {
    public static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

    private StoreFixture() {
    }

    public static ClientContext phone(Path dir) {
        return phone(dir, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    public static ClientContext phone(Path dir, Clock clock) {
        return new ClientContext(dir, clock, Duration.ofHours(1));
    }

    /** Prices clear PET at 8 baht, cans at 40 and cardboard at 3 baht a kilogram from today. */
    public static void priceBoard(ClientContext phone) {
        LocalDate today = LocalDate.ofInstant(NOW, Dates.THAI);
        phone.prices().set("PET_CLEAR", 800, today, null);
        phone.prices().set("ALU_CAN", 4_000, today, null);
        phone.prices().set("CARDBOARD", 300, today, null);
    }

    public static Member member(ClientContext phone, String name) {
        return phone.members().register(new MemberService.Draft(name, "1", "หมู่ 1", null,
                LocalDate.ofInstant(NOW, Dates.THAI)));
    }
}
