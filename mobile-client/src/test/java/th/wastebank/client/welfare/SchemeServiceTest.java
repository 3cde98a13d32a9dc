package th.wastebank.client.welfare;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.client.store.SyncState;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SchemeServiceTest {
    @Test
    void aSchemeIsSavedWithItsOpAndAnEditIsTheNextVersion(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            Scheme funeral = WelfareFixture.funeral(phone);
            assertEquals(1, funeral.version());
            assertEquals(SyncState.PENDING, funeral.syncState());

            Scheme edited = phone.schemes().edit(funeral.id(), new SchemeService.Draft("ฌาปนกิจสงเคราะห์ หมู่ 4",
                    "FUNERAL", "FIXED", 500_000, 30L, 6, 0, 0, "ANNUAL_FEE", 10_000L, 250L, "ACTIVE"));

            assertEquals(2, edited.version());
            assertNull(edited.rules().maxDays(), "a fixed payout keeps no maximum of days");
            assertNull(edited.rules().depositShareBp(), "an annual fee keeps no deposit share");
            assertEquals(edited, phone.schemes().get(funeral.id()).orElseThrow());
            assertEquals(2, phone.outbox().pending(100).stream()
                    .filter(op -> op.type().equals("welfare.scheme.upsert")).count());
        }
    }

    @Test
    void aSchemeBreakingTheRulesIsRefusedWithTheServersThaiMessage(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            Invalid noName = assertThrows(Invalid.class, () -> phone.schemes().create(new SchemeService.Draft(" ",
                    "FUNERAL", "FIXED", 300_000, null, 0, 0, 0, "LEVY_PER_EVENT", 2_000L, null, "ACTIVE")));
            assertEquals("กรุณาตั้งชื่อสวัสดิการ", noName.messageTh());
            Invalid noLevy = assertThrows(Invalid.class, () -> phone.schemes().create(new SchemeService.Draft("ฌาปนกิจ",
                    "FUNERAL", "FIXED", 300_000, null, 0, 0, 0, "LEVY_PER_EVENT", null, null, "ACTIVE")));
            assertEquals(ReasonCode.FUNDING_INVALID, noLevy.violations().get(0).code());
            Invalid noDays = assertThrows(Invalid.class, () -> phone.schemes().create(new SchemeService.Draft("ป่วย",
                    "ILLNESS", "PER_DAY", 20_000, null, 0, 0, 0, "SALE_MARGIN", null, null, "ACTIVE")));
            assertEquals(ReasonCode.PAYOUT_RULE_INVALID, noDays.violations().get(0).code());
            assertEquals(0, phone.schemes().list().size());
            assertEquals(0, phone.outbox().pendingCount());
        }
    }
}
