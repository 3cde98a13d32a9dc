package th.wastebank.client.ui;

import java.util.UUID;

import th.wastebank.progress.MilestoneStep;

/**
 * Where a screen can send the user next. View models call it after an action succeeds (a saved
 * deposit opens its receipt); the app implements it by building the next screen, tests record it.
 */
public interface Routes {
    /** Pairing: the first screen of an unpaired phone, or pairing again from the settings. */
    void pair();

    /** Home, clearing the back stack. */
    void home();

    void members();

    void registerMember();

    void editMember(UUID memberId);

    void passbook(UUID memberId);

    /** A new deposit, for a member already chosen or (null) to be picked on the screen. */
    void deposit(UUID memberId);

    /** The receipt of an existing deposit, or the slip of a withdrawal. */
    void receipt(UUID entryId);

    /** The receipt of the deposit (or the slip of the withdrawal) just saved, in place of its form. */
    void receiptOfNew(UUID entryId);

    void withdrawal(UUID memberId);

    void reversal(UUID entryId);

    void prices();

    void editPrice(String materialCode);

    void addOwnMaterial();

    void settings();

    void problems();

    /** The อปท.'s upcycled products ("1 อปท. 1 ผลิตภัณฑ์"). */
    void products();

    void registerProduct();

    void editProduct(UUID productId);

    /** Where the อปท. stands in the five steps. */
    void steps();

    /** Records one of the five steps. */
    void recordStep(MilestoneStep step);

    /** Welfare: the fund's balance, the schemes, and the ways to claims, levies and the fund. */
    void welfare();

    /** A new welfare scheme (null) or an edit of one. */
    void editScheme(UUID schemeId);

    void claims();

    void fileClaim();

    /** One claim, with its payouts and the way to pay it. */
    void claim(UUID claimId);

    /** A levy run, for a claim already chosen (a per-event levy) or (null) to choose on the screen. */
    void levy(UUID claimId);

    /** Money into the welfare fund from outside members' savings. */
    void contribute();

    void fundHistory();

    /** The previous screen. */
    void back();

    /** Selling: the stock board, with the ways to record a sale and to see the month's margin. */
    void sales();

    void recordSale();

    /** The month's sales, their cost and the margin. */
    void saleMargin();

    /** Weight lost, re-sorted or counted: setting the stock right. */
    void adjustStock();
    /** The bank's committee roster. */
    void committee();

    /** A new roster member (null) or an edit of one. */
    void editCommitteeMember(UUID memberId);

    /** Setting or changing a roster member's PIN on this phone. */
    void committeePin(UUID memberId);

    /** Part of a month's sale margin into a welfare scheme funded by it. */
    void marginRun();

    /** The year-end dividend. */
    void dividend();

    /** The bank's year and the committee's monthly statement. */
    void statement();

    /** The อปท.'s list of villages. */
    void villages();

    /** A new village (null) or an edit of one. */
    void editVillage(UUID villageId);

    /** Voiding a sale or a stock adjustment recorded by mistake. */
    void voidStockRecord(UUID recordId);

    /** Merging this member, registered twice, into the member kept (ADR 0019). */
    void mergeMember(UUID duplicateId);

    /** This member's savings to their heir. */
    void heirTransfer(UUID memberId);
}
