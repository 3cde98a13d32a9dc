package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.photo.PhotoSource;
import th.wastebank.client.testing.TestPictures;
import th.wastebank.validation.Dates;

/**
 * The bank's year and the committee's statement on the real screens under Monocle headless: from
 * home, this fiscal year's deposits, this month's figures, and the statement saved as a PDF where
 * a desktop has no share sheet.
 */
class StatementFlowUiTest extends PairedPhoneUiTest {

    @Override
    protected void given() throws Exception {
        LocalDate today = LocalDate.now(Dates.THAI);
        ctx.prices().set("PET_CLEAR", 800, today, null);
        var m = ctx.members().register(new MemberService.Draft("นางบุญมา ศรีสุข", "7", "หมู่ 4", null,
                today.minusYears(1)));
        ctx.deposits().record(m.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 12_500))); // 100 baht
    }

    @Override
    protected PhotoSource pictures() {
        return onPicked -> onPicked.accept(TestPictures.picked(1600, 1200, 5));
    }

    @Test
    void theYearAndThisMonthsStatementAreShownAndTheStatementIsSavedAsAPdf() throws Exception {
        tap("#home-statement");
        waitUntil(() -> "100.00".equals(text("#statement-year-1-2")));
        assertEquals("12.500", text("#statement-year-1-1"));
        assertEquals("0.00", text("#statement-year-2-2"), "nothing the year before");
        tap("#statement-next");
        waitUntil(() -> "100.00 บาท".equals(text("#statement-deposits")));
        assertEquals("100.00 บาท", text("#statement-savings"));
        assertTouchTargetsAreAtLeast48px(2);
        tap("#statement-share-pdf");
        Path pdf = home.resolve("documents").resolve("statement-" + YearMonth.now(Dates.THAI) + ".pdf");
        waitUntil(() -> Files.exists(pdf));
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
        waitUntil(() -> text("#snackbar").startsWith("บันทึกรายงานไว้ที่"));
    }
}
