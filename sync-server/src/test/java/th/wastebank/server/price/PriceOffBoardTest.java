package th.wastebank.server.price;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.deposit.DepositLine;
import th.wastebank.price.PriceSet;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.WebSession;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deposits priced away from the bank's price board, pushed through the real sync API: applied (the
 * cash was paid) and flagged PRICE_OFF_BOARD when more than 20 % away from the price in force that
 * day, and nothing flagged within 20 %, without a board price, or when the same op comes again.
 */
@SharedServer
class PriceOffBoardTest extends ServerTestBase {
    /** 2026-11-20 10:00 in Thailand. */
    private final Ops ops = new Ops(Instant.parse("2026-11-20T03:00:00Z"));

    private record Bank(String org, Api.Device phone, UUID member) {
    }

    /** A bank whose board prices clear PET at 8 baht/kg from 1 November. */
    private Bank bankWithBoard(String name) {
        String org = TestOrgs.create(name);
        Api.Device phone = api().pair(org);
        UUID member = Ops.newId();
        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(phone, List.of(
                ops.member(member, "นางสมศรี ใจดี"), ops.price("PET_CLEAR", 800, null))));
        return new Bank(org, phone, member);
    }

    private static long flags(String org) {
        return Db.count("SELECT COUNT(*) FROM review_flag f JOIN org o ON o.id = f.org_id WHERE o.code = ?"
                + " AND f.kind = 'PRICE_OFF_BOARD'", org);
    }

    @Test
    void aDepositAtTenThousandBahtAKiloIsAppliedAndFlaggedForReview() {
        Bank bank = bankWithBoard("อบต.ราคาสูงลิ่ว");
        SyncOp deposit = ops.deposit(bank.member(), DepositLine.priced("CARDBOARD", 1_000, 300),
                DepositLine.priced("PET_CLEAR", 1_000, 1_000_000));

        assertEquals(List.of("APPLIED"), api().pushStatuses(bank.phone(), List.of(deposit)));

        assertEquals(1_000_300, Db.savings(bank.org()), "the cash was paid: the member has it");
        assertEquals(1, flags(bank.org()));
        String detail = Db.string("SELECT f.detail FROM review_flag f JOIN org o ON o.id = f.org_id WHERE o.code = ?"
                + " AND f.kind = 'PRICE_OFF_BOARD' AND f.subject_id = UNHEX(REPLACE(?, '-', ''))", bank.org(),
                deposit.entityId().toString());
        assertTrue(detail.contains("\"boardPricePerKg\":800") && detail.contains("\"pricePerKg\":1000000")
                && detail.contains("\"line\":1") && !detail.contains("CARDBOARD"), detail);

        WebSession.Page queue = StaffClient.signIn(api(), "ORG", bank.org()).get("/web/orgs/" + bank.org() + "/review");
        assertTrue(queue.body().contains("ราคารับซื้อต่างจากราคาประกาศของธนาคารเกิน 20%"), queue.body());
    }

    @Test
    void aPriceWithinTwentyPercentOfTheBoardIsNotFlagged() {
        Bank bank = bankWithBoard("อบต.ราคาใกล้เคียง");

        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(bank.phone(), List.of(
                ops.deposit(bank.member(), DepositLine.priced("PET_CLEAR", 1_000, 960)),
                ops.deposit(bank.member(), DepositLine.priced("PET_CLEAR", 1_000, 640)))));
        assertEquals(0, flags(bank.org()), "exactly 20 % above and below the board");

        api().pushStatuses(bank.phone(), List.of(ops.deposit(bank.member(), DepositLine.priced("PET_CLEAR", 1_000, 961))));
        assertEquals(1, flags(bank.org()), "just beyond 20 %");
    }

    @Test
    void noBoardPriceForTheMaterialOrTheDayMeansNoFlag() {
        Bank bank = bankWithBoard("อบต.ไม่มีราคาประกาศ");
        Ops october = new Ops(Instant.parse("2026-10-20T03:00:00Z"));

        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(bank.phone(), List.of(
                ops.deposit(bank.member(), DepositLine.priced("ALU_CAN", 1_000, 1_000_000)),
                october.deposit(bank.member(), DepositLine.priced("PET_CLEAR", 1_000, 1_000_000)))));

        assertEquals(0, flags(bank.org()), "aluminium was never priced; PET was not priced yet in October");
    }

    @Test
    void theBoardPriceInForceThatDayCountsIncludingOneSetEarlierInTheSamePush() {
        Bank bank = bankWithBoard("อบต.ราคาเปลี่ยน");
        SyncOp newPrice = ops.op(Ops.newId(), new PriceSet("PET_CLEAR", 2_000, LocalDate.of(2026, 11, 15), null, null));

        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(bank.phone(), List.of(newPrice,
                ops.deposit(bank.member(), DepositLine.priced("PET_CLEAR", 1_000, 2_000)))));

        assertEquals(0, flags(bank.org()), "20 baht is the price from 15 November, not 8");
    }

    @Test
    void theSameOpPushedAgainFlagsNothingTwice() {
        Bank bank = bankWithBoard("อบต.ส่งซ้ำ");
        List<SyncOp> push = List.of(ops.deposit(bank.member(), DepositLine.priced("PET_CLEAR", 1_000, 1_000_000)));

        api().pushStatuses(bank.phone(), push);
        api().pushStatuses(bank.phone(), push);

        assertEquals(1, flags(bank.org()));
        assertEquals(1_000_000, Db.savings(bank.org()));
    }
}
