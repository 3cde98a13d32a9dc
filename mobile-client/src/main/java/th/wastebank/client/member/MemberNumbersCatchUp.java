package th.wastebank.client.member;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import th.wastebank.client.store.Settings;
import th.wastebank.client.sync.ServerApi;
import th.wastebank.client.sync.ServerException;
import th.wastebank.client.sync.SyncEngine;
import th.wastebank.client.sync.SyncStatus;

/**
 * Members pulled before the server gave numbers (ADR 0014) come without one, since their logged
 * registrations carry none: after a sync run that leaves such a member, the phone asks the server
 * for the bank's numbers once and keeps them. New members get theirs with the pulled registration.
 */
public final class MemberNumbersCatchUp {
    private static final Logger LOG = Logger.getLogger(MemberNumbersCatchUp.class.getName());

    private final MemberService members;
    private final Settings settings;
    private final ServerApi api;

    public MemberNumbersCatchUp(MemberService members, Settings settings, ServerApi api) {
        this.members = members;
        this.settings = settings;
        this.api = api;
    }

    /** Asks the server when a synced member lacks a number; answers how many numbers it kept (0: nothing to ask). */
    public int catchUp() throws ServerException {
        String url = settings.get(Settings.SERVER_URL).orElse(null);
        String token = settings.get(Settings.TOKEN).orElse(null);
        if (url == null || token == null || !members.anySyncedWithoutNumber()) {
            return 0;
        }
        Map<UUID, Long> numbers = api.memberNumbers(url, token);
        members.keepNumbers(numbers);
        return numbers.size();
    }

    /** Catches up after every sync run that ended well; a failure waits for the next run. */
    public void followSyncRuns(SyncEngine sync) {
        sync.addListener(new java.util.function.Consumer<>() {
            private Instant last;

            @Override
            public void accept(SyncStatus s) {
                if (s.phase() == SyncStatus.Phase.IDLE && s.lastSyncAt() != null && !s.lastSyncAt().equals(last)) {
                    last = s.lastSyncAt();
                    try {
                        catchUp();
                    } catch (ServerException | RuntimeException e) {
                        LOG.log(Level.INFO, "member numbers not fetched this time", e);
                    }
                }
            }
        });
    }
}
