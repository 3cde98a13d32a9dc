package th.wastebank.cards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberCardsTest {
    /** The server's Sarabun (this module keeps no copy of its own; callers name theirs). */
    static final MemberCards.Fonts SARABUN = new MemberCards.Fonts(
            font("Sarabun_400Regular.ttf"), font("Sarabun_700Bold.ttf"));

    private static String font(String file) {
        Path p = Path.of("..", "sync-server", "src", "main", "resources", "public", "fonts", file);
        assertTrue(Files.exists(p), p.toAbsolutePath().toString());
        return p.toString();
    }

    @Test
    void everyMembersCardScansToTheirNumberTenCardsAPage() throws Exception {
        List<MemberCards.Card> cards = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            String number = String.format("%04d-%d", i, i % 10);
            numbers.add(number);
            cards.add(new MemberCards.Card(i % 2 == 0 ? "นางสมศรี ใจดี ที่ " + i : "นายผู้ใหญ่ บ้านนายางกลักน้ำใส " + i, number));
        }
        byte[] pdf = MemberCards.pdf("อบต.นายางกลัก", cards, SARABUN);
        Files.write(Path.of("target", "member-cards.pdf"), pdf);

        CardSheetCheck.Sheet sheet = CardSheetCheck.read(pdf);
        assertEquals(3, sheet.pages(), "23 cards on pages of 10");
        assertEquals(numbers.stream().sorted().toList(), sheet.qrTexts().stream().sorted().toList(),
                "one QR code per member, each scanning to that member's number");
    }

    @Test
    void aSheetWithoutNumberedMembersSaysSoOnOnePage() {
        CardSheetCheck.Sheet sheet = CardSheetCheck.read(MemberCards.pdf("อบต.ไม่มีสมาชิก", List.of(), SARABUN));
        assertEquals(1, sheet.pages());
        assertEquals(List.of(), sheet.qrTexts());
    }
}
