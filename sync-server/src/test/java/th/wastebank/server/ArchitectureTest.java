package th.wastebank.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

/**
 * The server's package structure (ADR 0011): no package cycles, and every import runs down the
 * layers. The foundation (settings, database, problem documents, place names) knows no feature; the
 * callers (device and staff identity, the audit log) and the web kit build only on it; the push and
 * pull engine and the roll-ups know no feature (features register with them); the officers' pages
 * sit on top, and nothing below imports them.
 */
class ArchitectureTest {
    private static final String SERVER = "th.wastebank.server";
    /** Imports nothing of the server but each other. */
    private static final String[] FOUNDATION = packages("config", "db", "api", "place");
    /** Who is calling (a paired phone, a signed-in officer) and the audit of what they did. */
    private static final String[] CALLERS = packages("auth", "staff", "audit");
    /** Page rendering, the dashboard's words and formats, Thai error pages, the browser defences. */
    private static final String[] WEB = packages("web");
    /** The officers' pages and downloads (card/: the member cards, ADR 0014; publicpage/: the public pages, ADR 0023). */
    private static final String[] PAGES = packages("dashboard", "report", "card", "publicpage");

    /** Imported once for all rules (the server and shared-model, without tests). */
    private static final JavaClasses SERVER_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("th.wastebank");

    @Test
    void packagesAreFreeOfCycles() {
        ArchRule rule = slices().matching(SERVER + ".(*)..").should().beFreeOfCycles();
        rule.check(SERVER_CLASSES);
    }

    @Test
    void theFoundationImportsNoOtherPackageOfTheServer() {
        ArchRule rule = classes().that().resideInAnyPackage(FOUNDATION)
                .should().onlyDependOnClassesThat(outsideTheServerOrIn(FOUNDATION));
        rule.check(SERVER_CLASSES);
    }

    @Test
    void callersBuildOnTheFoundationOnly() {
        ArchRule rule = classes().that().resideInAnyPackage(CALLERS)
                .should().onlyDependOnClassesThat(outsideTheServerOrIn(concat(FOUNDATION, CALLERS)));
        rule.check(SERVER_CLASSES);
    }

    @Test
    void theWebKitImportsNoFeatureNorPage() {
        ArchRule rule = classes().that().resideInAnyPackage(WEB)
                .should().onlyDependOnClassesThat(outsideTheServerOrIn(concat(FOUNDATION, CALLERS, WEB)));
        rule.check(SERVER_CLASSES);
    }

    @Test
    void thePushAndPullEngineImportsNoFeature() {
        ArchRule rule = classes().that().resideInAnyPackage(packages("sync"))
                .should().onlyDependOnClassesThat(outsideTheServerOrIn(concat(FOUNDATION, CALLERS, packages("sync"))));
        rule.check(SERVER_CLASSES);
    }

    @Test
    void rollUpsImportNoFeature() {
        ArchRule rule = classes().that().resideInAnyPackage(packages("rollup"))
                .should().onlyDependOnClassesThat(outsideTheServerOrIn(concat(FOUNDATION, packages("sync", "rollup"))));
        rule.check(SERVER_CLASSES);
    }

    @Test
    void nothingBelowThePagesImportsThem() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages(PAGES)
                .should().dependOnClassesThat().resideInAnyPackage(PAGES);
        rule.check(SERVER_CLASSES);
    }

    @Test
    void sharedModelImportsNothingOfTheServer() {
        ArchRule rule = noClasses().that().resideInAPackage("th.wastebank..").and().resideOutsideOfPackage(SERVER + "..")
                .should().dependOnClassesThat().resideInAPackage(SERVER + "..");
        rule.check(SERVER_CLASSES);
    }

    private static DescribedPredicate<JavaClass> outsideTheServerOrIn(String... allowed) {
        return JavaClass.Predicates.resideOutsideOfPackage(SERVER + "..")
                .or(JavaClass.Predicates.resideInAnyPackage(allowed));
    }

    private static String[] packages(String... names) {
        return Arrays.stream(names).map(n -> SERVER + "." + n + "..").toArray(String[]::new);
    }

    private static String[] concat(String[]... groups) {
        return Stream.of(groups).flatMap(Arrays::stream).toArray(String[]::new);
    }
}
