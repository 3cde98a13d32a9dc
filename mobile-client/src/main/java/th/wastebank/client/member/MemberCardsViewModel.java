package th.wastebank.client.member;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import th.wastebank.cards.MemberCards;
import th.wastebank.client.platform.ShareService;
import th.wastebank.client.store.Settings;
import th.wastebank.client.ui.ScreenContext;

/**
 * The member cards from the members list (ADR 0014): an A4 PDF of every numbered member's card,
 * drawn by the same {@link MemberCards} as the อปท. page's download, handed to the share sheet (on
 * a desktop, saved and the place told). Members not numbered yet are left out until a sync.
 */
public final class MemberCardsViewModel {
    private static final Logger LOG = Logger.getLogger(MemberCardsViewModel.class.getName());
    /** The phone's own Sarabun, which its screens use too. */
    static final MemberCards.Fonts SARABUN = new MemberCards.Fonts("th/wastebank/client/fonts/Sarabun_400Regular.ttf",
            "th/wastebank/client/fonts/Sarabun_700Bold.ttf");

    private final MemberService members;
    private final Settings settings;
    private final ShareService share;
    private final ScreenContext ui;
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public MemberCardsViewModel(MemberService members, Settings settings, ShareService share, ScreenContext ui) {
        this.members = members;
        this.settings = settings;
        this.share = share;
        this.ui = ui;
    }

    private record Done(int cards, ShareService.Shared shared) {
    }

    public void share() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        ui.async().run(() -> {
            String bank = settings.get(Settings.ORG_NAME, "");
            String subject = ui.messages().get("members.cards.subject", bank);
            List<MemberCards.Card> cards = members.numbered().stream()
                    .map(m -> new MemberCards.Card(m.name(), m.writtenNumber())).toList();
            if (cards.isEmpty()) {
                return new Done(0, null);
            }
            byte[] pdf = MemberCards.pdf(bank, cards, SARABUN);
            return new Done(cards.size(), share.sharePdf("member-cards.pdf", pdf, subject));
        }, done -> {
            busy.set(false);
            if (done.shared() == null) {
                ui.notifier().show(ui.messages().get("members.cards.none"));
            } else if (done.shared().handedToOtherApp()) {
                ui.notifier().show(ui.messages().get("members.cards.shared", done.cards()));
            } else {
                ui.notifier().show(ui.messages().get("members.cards.savedTo", done.cards(), done.shared().file()));
            }
        }, failure -> {
            busy.set(false);
            LOG.log(Level.WARNING, "cannot make or share the member cards", failure);
            ui.notifier().show(ui.messages().get("members.cards.failed"));
        });
    }

    public BooleanProperty busy() {
        return busy;
    }
}
