package th.wastebank.e2e;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.validation.Dates;

/**
 * A phone that saves deposits as fast as it can until it is killed: it prints {@code saved <id>}
 * after each save returns, which is when the screen would say "saved". Run by {@link CrashTest}
 * as a separate process so it can be killed with SIGKILL mid-write.
 */
public final class SavingLoop {
    private SavingLoop() {
    }

    public static void main(String[] args) {
        try (ClientContext phone = new ClientContext(Path.of(args[0]), Clock.systemUTC(), Duration.ofHours(1))) {
            LocalDate today = LocalDate.now(Dates.THAI);
            List<Member> members = phone.members().search("", 1);
            Member member = members.isEmpty()
                    ? phone.members().register(new MemberService.Draft("นางทดสอบ ไฟดับ", "1", "หมู่ 1", null, today))
                    : members.get(0);
            if (phone.prices().on(today).stream().noneMatch(p -> p.priced() && p.materialCode().equals("PET_CLEAR"))) {
                phone.prices().set("PET_CLEAR", 800, today, null);
                phone.prices().set("ALU_CAN", 4_000, today, null);
                phone.prices().set("CARDBOARD", 300, today, null);
            }
            System.out.println("ready");
            for (long i = 1; ; i++) {
                DepositService.Receipt r = phone.deposits().record(member.id(), List.of(
                        new DepositService.LineDraft("PET_CLEAR", 1_000 + i % 997),
                        new DepositService.LineDraft("ALU_CAN", 100 + i % 89),
                        new DepositService.LineDraft("CARDBOARD", 2_000 + i % 701)));
                System.out.println("saved " + r.entryId());
                System.out.flush();
            }
        }
    }
}
