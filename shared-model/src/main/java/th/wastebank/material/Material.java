package th.wastebank.material;

import java.util.Objects;

/**
 * A kind of recyclable a waste bank buys, by code. Codes are part of the sync contract; the names
 * are what a committee and a report show.
 */
public record Material(String code, String nameTh, String nameEn) {
    public Material {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameTh, "nameTh");
        Objects.requireNonNull(nameEn, "nameEn");
    }

    public String name(boolean thai) {
        return thai ? nameTh : nameEn;
    }
}
