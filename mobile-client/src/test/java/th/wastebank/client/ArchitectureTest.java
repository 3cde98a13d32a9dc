package th.wastebank.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.pairing.PairingService;
import th.wastebank.client.photo.PhotoQueue;
import th.wastebank.client.photo.PhotoService;
import th.wastebank.client.photo.PhotoUploader;
import th.wastebank.client.price.PriceBoard;
import th.wastebank.client.product.ProductService;
import th.wastebank.client.progress.MilestoneService;
import th.wastebank.client.reversal.ReversalService;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.Settings;
import th.wastebank.client.sync.SyncEngine;
import th.wastebank.client.welfare.ClaimService;
import th.wastebank.client.welfare.FundService;
import th.wastebank.client.welfare.LevyService;
import th.wastebank.client.welfare.SchemeService;
import th.wastebank.client.withdrawal.WithdrawalService;

/** The MVVM lines: views never call services; view models never need the JavaFX toolkit. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("th.wastebank.client");

    @Test
    void viewsDoNotTalkToServices() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().belongToAnyOf(MemberService.class, DepositService.class,
                        WithdrawalService.class, ReversalService.class, PriceBoard.class, Ledger.class, Outbox.class,
                        PairingService.class, SyncEngine.class, Settings.class, ClientStore.class,
                        ProductService.class, MilestoneService.class, PhotoService.class, PhotoQueue.class,
                        PhotoUploader.class, SchemeService.class, ClaimService.class, LevyService.class,
                        FundService.class);
        rule.check(classes);
    }

    @Test
    void viewModelsNeedNoToolkit() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.application..",
                        "javafx.stage..", "javafx.embed..", "javafx.concurrent..");
        rule.check(classes);
    }

    @Test
    void featuresDoNotDependOnTheAppWiring() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("th.wastebank.client.app..")
                .should().dependOnClassesThat().resideInAPackage("th.wastebank.client.app..");
        rule.check(classes);
    }
}
