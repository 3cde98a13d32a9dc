package th.wastebank;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

class ArchitectureTest {
    private final JavaClasses model = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("th.wastebank");

    @Test
    void sharedModelDependsOnTheJdkOnly() {
        ArchRule rule = classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("th.wastebank..", "java..");
        rule.check(model);
    }

    @Test
    void sharedModelUsesNoJdbcNorDesktopApis() {
        ArchRule rule = classes().should().onlyDependOnClassesThat()
                .resideOutsideOfPackages("java.sql..", "javax.sql..", "java.awt..", "javax.swing..", "java.net.http..");
        rule.check(model);
    }
}
