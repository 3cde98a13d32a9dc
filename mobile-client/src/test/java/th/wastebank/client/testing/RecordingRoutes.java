package th.wastebank.client.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import th.wastebank.client.ui.Routes;
import th.wastebank.progress.MilestoneStep;

/** Routes that only write down where a view model sent the user, e.g. "receiptOfNew 0190…". */
public final class RecordingRoutes implements Routes {
    private final List<String> visits = new ArrayList<>();

    public List<String> visits() {
        return visits;
    }

    public String last() {
        return visits.isEmpty() ? null : visits.get(visits.size() - 1);
    }

    private void visit(String route, Object argument) {
        visits.add(argument == null ? route : route + " " + argument);
    }

    @Override
    public void pair() {
        visit("pair", null);
    }

    @Override
    public void home() {
        visit("home", null);
    }

    @Override
    public void members() {
        visit("members", null);
    }

    @Override
    public void registerMember() {
        visit("registerMember", null);
    }

    @Override
    public void editMember(UUID memberId) {
        visit("editMember", memberId);
    }

    @Override
    public void passbook(UUID memberId) {
        visit("passbook", memberId);
    }

    @Override
    public void deposit(UUID memberId) {
        visit("deposit", memberId);
    }

    @Override
    public void receipt(UUID entryId) {
        visit("receipt", entryId);
    }

    @Override
    public void receiptOfNew(UUID entryId) {
        visit("receiptOfNew", entryId);
    }

    @Override
    public void withdrawal(UUID memberId) {
        visit("withdrawal", memberId);
    }

    @Override
    public void reversal(UUID entryId) {
        visit("reversal", entryId);
    }

    @Override
    public void prices() {
        visit("prices", null);
    }

    @Override
    public void editPrice(String materialCode) {
        visit("editPrice", materialCode);
    }

    @Override
    public void addOwnMaterial() {
        visit("addOwnMaterial", null);
    }

    @Override
    public void settings() {
        visit("settings", null);
    }

    @Override
    public void problems() {
        visit("problems", null);
    }

    @Override
    public void products() {
        visit("products", null);
    }

    @Override
    public void registerProduct() {
        visit("registerProduct", null);
    }

    @Override
    public void editProduct(UUID productId) {
        visit("editProduct", productId);
    }

    @Override
    public void steps() {
        visit("steps", null);
    }

    @Override
    public void recordStep(MilestoneStep step) {
        visit("recordStep", step);
    }

    @Override
    public void welfare() {
        visit("welfare", null);
    }

    @Override
    public void editScheme(UUID schemeId) {
        visit("editScheme", schemeId);
    }

    @Override
    public void claims() {
        visit("claims", null);
    }

    @Override
    public void fileClaim() {
        visit("fileClaim", null);
    }

    @Override
    public void claim(UUID claimId) {
        visit("claim", claimId);
    }

    @Override
    public void levy(UUID claimId) {
        visit("levy", claimId);
    }

    @Override
    public void contribute() {
        visit("contribute", null);
    }

    @Override
    public void fundHistory() {
        visit("fundHistory", null);
    }

    @Override
    public void back() {
        visit("back", null);
    }

    @Override
    public void sales() {
        visit("sales", null);
    }

    @Override
    public void recordSale() {
        visit("recordSale", null);
    }

    @Override
    public void saleMargin() {
        visit("saleMargin", null);
    }

    @Override
    public void adjustStock() {
        visit("adjustStock", null);
    }

    @Override
    public void committee() {
        visit("committee", null);
    }

    @Override
    public void editCommitteeMember(UUID memberId) {
        visit("editCommitteeMember", memberId);
    }

    @Override
    public void committeePin(UUID memberId) {
        visit("committeePin", memberId);
    }

    @Override
    public void marginRun() {
        visit("marginRun", null);
    }

    @Override
    public void dividend() {
        visit("dividend", null);
    }

    @Override
    public void statement() {
        visit("statement", null);
    }

    @Override
    public void villages() {
        visit("villages", null);
    }

    @Override
    public void editVillage(UUID villageId) {
        visit("editVillage", villageId);
    }

    @Override
    public void voidStockRecord(UUID recordId) {
        visit("voidStockRecord", recordId);
    }

    @Override
    public void mergeMember(UUID duplicateId) {
        visit("mergeMember", duplicateId);
    }

    @Override
    public void heirTransfer(UUID memberId) {
        visit("heirTransfer", memberId);
    }
}
