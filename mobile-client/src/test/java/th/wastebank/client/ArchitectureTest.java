package th.wastebank.client;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.HashSet;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

/**
 * The MVVM lines: views never call services; view models never need the JavaFX toolkit. And the
 * layers: features register their op handlers with the sync engine and the outbox, which know no
 * feature, and no two packages depend on each other.
 */
class ArchitectureTest {
    /** Imported once for all the rules: importing is most of this test's time. */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("th.wastebank.client");

    /**
     * The packages every feature builds on; any other package under {@code th.wastebank.client} is
     * a feature, or the app's wiring, or {@code platform} (the device's side of features' ports).
     */
    private static final String[] BELOW_FEATURES = {"th.wastebank.client.store..", "th.wastebank.client.ledger..",
            "th.wastebank.client.op..", "th.wastebank.client.outbox..", "th.wastebank.client.sync..",
            "th.wastebank.client.common..", "th.wastebank.client.i18n..", "th.wastebank.client.ui.."};

    @Test
    void viewsDoNotTalkToServices() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat(services());
        rule.check(CLASSES);
    }

    @Test
    void viewModelsNeedNoToolkit() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.application..",
                        "javafx.stage..", "javafx.embed..", "javafx.concurrent..");
        rule.check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnTheAppWiring() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("th.wastebank.client.app..")
                .should().dependOnClassesThat().resideInAPackage("th.wastebank.client.app..");
        rule.check(CLASSES);
    }

    /** A new op type touches its own package and the registry, never the sync engine or the outbox. */
    @Test
    void syncAndOutboxKnowNoFeature() {
        ArchRule rule = classes().that().resideInAnyPackage(BELOW_FEATURES)
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("th.wastebank.client..")
                        .or(resideInAnyPackage(BELOW_FEATURES)));
        rule.check(CLASSES);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("th.wastebank.client.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * What a view must not reach, found by what it does rather than listed: a class that reads or
     * writes the phone's database or talks to the server, and every class that uses one of those;
     * screen-side classes aside (views, view models and what works for them with the screens' kit).
     */
    private static DescribedPredicate<JavaClass> services() {
        Set<JavaClass> found = new HashSet<>();
        for (JavaClass c : CLASSES) {
            if (mayBeService(c) && c.getDirectDependenciesFromSelf().stream().map(Dependency::getTargetClass)
                    .anyMatch(t -> t.getPackageName().startsWith("java.sql")
                            || t.getPackageName().startsWith("java.net.http"))) {
                found.add(c);
            }
        }
        for (boolean more = true; more; ) {
            more = false;
            for (JavaClass c : CLASSES) {
                if (mayBeService(c) && !found.contains(c) && c.getDirectDependenciesFromSelf().stream()
                        .map(Dependency::getTargetClass).anyMatch(found::contains)) {
                    found.add(c);
                    more = true;
                }
            }
        }
        return DescribedPredicate.describe("services (classes that use the phone's database or the server)",
                found::contains);
    }

    private static boolean mayBeService(JavaClass c) {
        String name = c.getSimpleName();
        return !name.endsWith("View") && !name.endsWith("ViewModel")
                && !c.getPackageName().startsWith("th.wastebank.client.ui")
                && c.getDirectDependenciesFromSelf().stream()
                        .noneMatch(d -> d.getTargetClass().getPackageName().startsWith("th.wastebank.client.ui"));
    }
}
