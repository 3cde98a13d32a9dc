package th.wastebank.client.photo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.product.PhotoRef;
import th.wastebank.validation.ReasonCode;

/**
 * The photos of a form (a product, a claim): a photo is resized, kept and queued the moment it is
 * taken, so it is safe on the phone even before the record is saved, and each tile follows its
 * upload. The form owns the record; this part owns its list of photo hashes.
 */
public final class PhotoListViewModel {
    private final PhotoService photos;
    private final PhotoSource photoSource;
    private final PhotoUploadViewModel uploads;
    private final ScreenContext ui;
    private final Messages m;
    private final BooleanProperty busy;
    private final List<String> hashes = new ArrayList<>();
    private final ObservableList<PhotoTile> tiles = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty();
    private final ChangeListener<Object> redraw = (o, was, now) -> refresh();

    /** @param busy the form's busy flag, set while a picture is being resized and kept */
    public PhotoListViewModel(PhotoService photos, PhotoSource photoSource, PhotoUploadViewModel uploads,
                              ScreenContext ui, BooleanProperty busy) {
        this.photos = photos;
        this.photoSource = photoSource;
        this.uploads = uploads;
        this.ui = ui;
        this.m = ui.messages();
        this.busy = busy;
        uploads.changes().addListener(new WeakChangeListener<>(redraw));
    }

    /** Takes or chooses a picture (at most {@link PhotoRef#MAX_PER_RECORD} on one record). */
    public void add() {
        error.set(null);
        if (hashes.size() >= PhotoRef.MAX_PER_RECORD) {
            error.set(m.reason(ReasonCode.PHOTO_INVALID));
            return;
        }
        photoSource.pick(this::keep);
    }

    private void keep(PickedPhoto picked) {
        busy.set(true);
        ui.async().run(() -> photos.add(picked), photo -> {
            busy.set(false);
            if (!hashes.contains(photo.sha256())) {
                hashes.add(photo.sha256());
            }
            uploads.photoAdded();
            refresh();
        }, failure -> {
            busy.set(false);
            error.set(m.get("product.photos.unreadable"));
        });
    }

    /** Takes a photo off the record (the file stays queued: another record may show it). */
    public void remove(String sha256) {
        hashes.remove(sha256);
        refresh();
    }

    /** The record's photos as loaded for editing. */
    public void setAll(Collection<String> sha256s) {
        hashes.clear();
        hashes.addAll(sha256s);
        refresh();
    }

    /** Re-reads each photo's upload state and progress. */
    public void refresh() {
        List<String> shown = List.copyOf(hashes);
        ui.async().run(() -> photos.photos(shown), found -> Lists.replaceIfChanged(tiles, tiles(shown, found)),
                failure -> error.set(ui.explain(failure)));
    }

    /** The hashes to save with the record, in the order taken. */
    public List<String> hashes() {
        return List.copyOf(hashes);
    }

    private static List<PhotoTile> tiles(List<String> hashes, Map<String, QueuedPhoto> found) {
        List<PhotoTile> out = new ArrayList<>();
        for (String sha : hashes) {
            QueuedPhoto q = found.get(sha);
            out.add(q == null ? new PhotoTile(sha, null, null, 1.0, null)
                    : new PhotoTile(sha, q.file(), q.state(), q.progress(),
                            q.state() == PhotoState.FAILED ? q.lastError() : null));
        }
        return out;
    }

    public ObservableList<PhotoTile> tiles() {
        return tiles;
    }

    public StringProperty error() {
        return error;
    }
}
