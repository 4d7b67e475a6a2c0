package io.bondbridge.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The api module's shape, checked on its compiled classes: what crosses the wire and nothing else, so the chaincode
 * and every client can depend on it. No Fabric, no chaincode, no client; only the JDK and Gson; no import loop
 * between its packages.
 */
class ArchitectureTest {
    /** Every package is a slice of its own, the root package and sub-packages included. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String name = c.getPackageName();
            if (!name.startsWith("io.bondbridge.api")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(
                    name.equals("io.bondbridge.api") ? "(root)" : name.substring("io.bondbridge.api.".length()));
        }

        @Override
        public String getDescription() {
            return "the packages of io.bondbridge.api";
        }
    };

    private static JavaClasses api;

    @BeforeAll
    static void importClasses() {
        api = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.bondbridge.api");
    }

    @Test
    void apiPackagesFormNoImportLoop() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(api);
    }

    @Test
    void theApiKnowsNothingOfFabricTheChaincodeOrTheClient() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.hyperledger..", "io.bondbridge.chaincode..", "io.bondbridge.client..")
                .check(api);
    }

    @Test
    void theApiNeedsOnlyTheJdkAndGson() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.google.gson..", "io.bondbridge.api..")
                .check(api);
    }
}
