package th.wastebank.client.committee;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.testing.TestClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PINs on the real store: kept only as a slow salted hash, five wrong tries then a growing pause that survives a restart. */
class PinsTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private UUID treasurer;

    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
        treasurer = client.ctx.committee().add(new CommitteeService.Draft("นางสมหญิง เหรัญญิก", "TREASURER",
                LocalDate.of(2025, 10, 1), null)).id();
        client.ctx.pins().set(treasurer, null, "2580");
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private String column(String sql) {
        return client.ctx.store().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, treasurer.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    private String refusal(String pin) {
        return assertThrows(ApprovalRefused.class, () -> client.ctx.pins().verify(treasurer, pin))
                .message(client.messages);
    }

    @Test
    void thePinIsKeptAsASaltedHashWithAtLeastAHundredThousandIterationsAndNeverInAnOp() {
        assertFalse(column("SELECT hash FROM committee_pin WHERE member_id = ?").contains("2580"));
        assertTrue(Integer.parseInt(column("SELECT iterations FROM committee_pin WHERE member_id = ?")) >= 100_000);
        String saltBefore = column("SELECT salt FROM committee_pin WHERE member_id = ?");
        client.ctx.pins().set(treasurer, "2580", "2580");
        assertFalse(saltBefore.equals(column("SELECT salt FROM committee_pin WHERE member_id = ?")),
                "a new random salt each time, so the same PIN gives another hash");
        String outbox = client.ctx.store().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT group_concat(payload) FROM outbox");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
        assertFalse(outbox.contains("2580") || outbox.contains("pin"), outbox);
        client.ctx.pins().verify(treasurer, "2580");
    }

    @Test
    void aPinOfFewerThanFourDigitsIsRefusedInThai() {
        ApprovalRefused refused = assertThrows(ApprovalRefused.class,
                () -> client.ctx.pins().set(treasurer, "2580", "123"));
        assertEquals("รหัส PIN ต้องมีอย่างน้อย 4 หลัก", refused.message(client.messages));
        assertEquals("รหัส PIN ต้องเป็นตัวเลขเท่านั้น", assertThrows(ApprovalRefused.class,
                () -> client.ctx.pins().set(treasurer, "2580", "12a4")).message(client.messages));
        assertEquals("pin.tooLong", assertThrows(ApprovalRefused.class,
                () -> client.ctx.pins().set(treasurer, "2580", "1234567")).key());
        client.ctx.pins().verify(treasurer, "2580");
    }

    @Test
    void changingAPinNeedsTheCurrentOne() {
        assertEquals("รหัส PIN ไม่ถูกต้อง ยังไม่ได้บันทึกรายการ (ลองได้อีก 4 ครั้ง)", assertThrows(ApprovalRefused.class,
                () -> client.ctx.pins().set(treasurer, "0000", "9999")).message(client.messages));
        client.ctx.pins().set(treasurer, "2580", "9999");
        client.ctx.pins().verify(treasurer, "9999");
    }

    @Test
    void fiveWrongTriesLockThePinForAPauseThatGrowsAndSurvivesARestart() {
        for (int left = 4; left >= 1; left--) {
            assertEquals("รหัส PIN ไม่ถูกต้อง ยังไม่ได้บันทึกรายการ (ลองได้อีก " + left + " ครั้ง)", refusal("1111"));
        }
        assertEquals("ใส่รหัส PIN ผิดหลายครั้ง กรุณารอ 30 วินาทีแล้วลองใหม่ ยังไม่ได้บันทึกรายการ", refusal("1111"));
        assertEquals("ใส่รหัส PIN ผิดหลายครั้ง กรุณารอ 30 วินาทีแล้วลองใหม่ ยังไม่ได้บันทึกรายการ", refusal("2580"),
                "even the right PIN waits out the pause");

        client.ctx.close();
        ClientContext restarted = new ClientContext(client.dir, client.clock, Duration.ofMinutes(5));
        try {
            assertEquals("pin.lockedSeconds", assertThrows(ApprovalRefused.class,
                    () -> restarted.pins().verify(treasurer, "2580")).key(), "restarting the app does not reset it");
            client.clock.advance(Duration.ofSeconds(31));
            assertEquals("ใส่รหัส PIN ผิดหลายครั้ง กรุณารอ 60 วินาทีแล้วลองใหม่ ยังไม่ได้บันทึกรายการ",
                    assertThrows(ApprovalRefused.class, () -> restarted.pins().verify(treasurer, "1111"))
                            .message(client.messages), "the sixth wrong try doubles the pause");
            client.clock.advance(Duration.ofSeconds(61));
            restarted.pins().verify(treasurer, "2580");
            assertEquals("pin.wrong", assertThrows(ApprovalRefused.class,
                    () -> restarted.pins().verify(treasurer, "1111")).key(), "a right PIN starts the count again");
        } finally {
            restarted.close();
        }
        client = new TestClient(tmp);
    }

    @Test
    void thePauseDoublesUpToAnHour() {
        assertEquals(Duration.ZERO, Pins.pauseAfter(4));
        assertEquals(Duration.ofSeconds(30), Pins.pauseAfter(5));
        assertEquals(Duration.ofSeconds(120), Pins.pauseAfter(7));
        assertEquals(Duration.ofHours(1), Pins.pauseAfter(40));
    }

    @Test
    void aRosterMemberWithoutAPinOnThisPhoneCannotApprove() {
        UUID chair = client.ctx.committee().add(new CommitteeService.Draft("นายสมชาย ประธาน", "CHAIR",
                LocalDate.of(2025, 10, 1), null)).id();
        assertEquals("pin.notSet", assertThrows(ApprovalRefused.class, () -> client.ctx.pins().verify(chair, "1234"))
                .key());
    }
}
