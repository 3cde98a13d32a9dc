package th.wastebank.client.product;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.NumberInput;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.photo.PhotoListViewModel;
import th.wastebank.client.photo.PhotoService;
import th.wastebank.client.photo.PhotoSource;
import th.wastebank.client.photo.PhotoUploadViewModel;
import th.wastebank.client.ui.CashFields;
import th.wastebank.client.ui.FormSave;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.product.ProductExample;
import th.wastebank.product.ProductKind;
import th.wastebank.product.ProductStatus;
import th.wastebank.validation.ReasonCode;

/**
 * Registering or editing a product: name, the kind of waste with the DLA letter's examples of it as
 * a pick-list (an example picked names the product in the letter's words; "อื่น ๆ" leaves the name to
 * be typed), materials, the local-identity story, the producer group, the price in baht, the status
 * and its photos. A photo is resized and queued the moment it is taken, so it is safe on the phone
 * even before the product is saved; each tile shows how far its upload has come.
 */
public final class ProductFormViewModel {
    private final ProductService products;
    private final PhotoListViewModel photoList;
    private final ScreenContext ui;
    private final Messages m;
    private final UUID productId;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ProductKind> kind = new SimpleObjectProperty<>();
    private final StringProperty materials = new SimpleStringProperty("");
    private final StringProperty story = new SimpleStringProperty("");
    private final StringProperty producerGroup = new SimpleStringProperty("");
    private final StringProperty priceText = new SimpleStringProperty("");
    private final ObjectProperty<ProductStatus> status = new SimpleObjectProperty<>(ProductStatus.IDEA);
    private final StringProperty nameError = new SimpleStringProperty();
    private final StringProperty kindError = new SimpleStringProperty();
    private final StringProperty priceError = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<ExampleChoice> examples = FXCollections.observableArrayList();
    private final ObjectProperty<ExampleChoice> example = new SimpleObjectProperty<>();

    /** @param productId the product to edit, or null to register a new one */
    public ProductFormViewModel(ProductService products, PhotoService photos, PhotoSource photoSource,
                                PhotoUploadViewModel uploads, UUID productId, ScreenContext ui) {
        this.products = products;
        this.ui = ui;
        this.m = ui.messages();
        this.productId = productId;
        kind.addListener((o, was, now) -> listExamples());
        example.addListener((o, was, now) -> picked(now));
        this.photoList = new PhotoListViewModel(photos, photoSource, uploads, ui, busy);
    }

    public boolean editing() {
        return productId != null;
    }

    /** Fills the form with the product being edited. */
    public void load() {
        if (productId == null) {
            photoList.refresh();
            return;
        }
        ui.async().run(() -> products.get(productId).orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_PRODUCT,
                "productId")), p -> {
                    name.set(p.name());
                    kind.set(p.kind());
                    materials.set(nz(p.materials()));
                    story.set(nz(p.story()));
                    producerGroup.set(nz(p.producerGroup()));
                    priceText.set(p.priceSatang() == null ? "" : CashFields.typed(m, p.priceSatang()));
                    status.set(p.status() == null ? ProductStatus.IDEA : p.status());
                    photoList.setAll(p.photos());
                }, failure -> error.set(ui.explain(failure)));
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        nameError.set(null);
        kindError.set(null);
        priceError.set(null);
        error.set(null);
        Long price = null;
        NumberInput.Parsed parsed = NumberInput.parse(priceText.get(), 2);
        if (parsed.problem() == NumberInput.Problem.TOO_MANY_DECIMALS) {
            priceError.set(m.get("product.price.tooPrecise"));
            return;
        } else if (parsed.problem() == NumberInput.Problem.NOT_A_NUMBER || parsed.problem() == NumberInput.Problem.TOO_LARGE) {
            priceError.set(m.get("product.price.notNumber"));
            return;
        } else if (parsed.ok()) {
            price = parsed.value();
        }
        ProductService.Draft draft = new ProductService.Draft(name.get(), kind.get() == null ? null : kind.get().name(),
                materials.get(), story.get(), producerGroup.get(), price,
                status.get() == null ? null : status.get().name(), photoList.hashes());
        FormSave.run(ui, busy, error, Map.of("name", nameError, "kind", kindError, "priceSatang", priceError, "photos", photoList.error()), () -> {
            Product saved = productId == null ? products.register(draft) : products.edit(productId, draft);
            return saved;
        }, saved -> m.get("product.saved", saved.name()));
    }

    /** One line of the pick-list: one of the letter's examples, or "อื่น ๆ" ({@code example} null). */
    public record ExampleChoice(ProductExample example) {
        public static final ExampleChoice OTHER = new ExampleChoice(null);

        public boolean other() {
            return example == null;
        }
    }

    /** The chosen kind's examples and "อื่น ๆ"; the pick follows the name (an example's words, or other). */
    private void listExamples() {
        List<ExampleChoice> now = new ArrayList<>();
        if (kind.get() != null) {
            ProductExample.of(kind.get()).forEach(e -> now.add(new ExampleChoice(e)));
            now.add(ExampleChoice.OTHER);
        }
        examples.setAll(now);
        example.set(kind.get() == null ? null : ProductExample.named(kind.get(), name.get()).map(ExampleChoice::new)
                .orElse(name.get().isBlank() ? null : ExampleChoice.OTHER));
    }

    private void picked(ExampleChoice choice) {
        boolean nameIsAnExample = Arrays.stream(ProductExample.values()).anyMatch(e -> e.nameTh().equals(name.get().strip()));
        if (choice != null && !choice.other() && (name.get().isBlank() || nameIsAnExample)) {
            name.set(choice.example().nameTh());
        } else if (choice != null && choice.other() && nameIsAnExample) {
            name.set("");
        }
    }

    /** The letter's examples of the chosen kind, then "อื่น ๆ"; empty until a kind is chosen. */
    public ObservableList<ExampleChoice> examples() {
        return examples;
    }

    /** The example picked, {@link ExampleChoice#OTHER}, or null while nothing is. */
    public ObjectProperty<ExampleChoice> example() {
        return example;
    }

    /** The words of a line of the pick-list in the current language. */
    public String label(ExampleChoice choice) {
        if (choice == null) {
            return "";
        }
        return choice.other() ? m.get("product.example.other")
                : m.thai() ? choice.example().nameTh() : choice.example().nameEn();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<ProductKind> kind() {
        return kind;
    }

    public StringProperty materials() {
        return materials;
    }

    public StringProperty story() {
        return story;
    }

    public StringProperty producerGroup() {
        return producerGroup;
    }

    /** The price in baht as typed ("250", "99,50"); blank for none. */
    public StringProperty priceText() {
        return priceText;
    }

    public ObjectProperty<ProductStatus> status() {
        return status;
    }

    /** The form's photos: take, remove, and each one's upload. */
    public PhotoListViewModel photoList() {
        return photoList;
    }

    public StringProperty nameError() {
        return nameError;
    }

    public StringProperty kindError() {
        return kindError;
    }

    public StringProperty priceError() {
        return priceError;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
