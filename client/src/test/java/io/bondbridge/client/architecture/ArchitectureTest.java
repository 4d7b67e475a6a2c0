package io.bondbridge.client.architecture;

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
 * The client library's shape, checked on its compiled classes: no import loop between its packages, and the
 * chaincode's contracts reached only through a transport (the embedded ledger runs them through the contract
 * router, the Gateway through a peer), never called directly. The client speaks the api module's types; the
 * chaincode is only its run-time dependency, for the embedded ledger, and no client class depends on it.
 */
class ArchitectureTest {
    /** Every package is a slice of its own, the root package and sub-packages included. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String name = c.getPackageName();
            if (!name.startsWith("io.bondbridge.client")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(
                    name.equals("io.bondbridge.client") ? "(root)" : name.substring("io.bondbridge.client.".length()));
        }

        @Override
        public String getDescription() {
            return "the packages of io.bondbridge.client";
        }
    };

    private static JavaClasses client;

    @BeforeAll
    static void importClasses() {
        client = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.bondbridge.client");
    }

    @Test
    void clientPackagesFormNoImportLoop() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(client);
    }

    @Test
    void noClientClassCallsAContractDirectly() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.bondbridge.chaincode.contract..")
                .check(client);
    }

    @Test
    void noClientClassDependsOnTheChaincode() {
        noClasses()
                .that()
                .resideInAPackage("io.bondbridge.client..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.bondbridge.chaincode..")
                .check(client);
    }

    @Test
    void onlyTheTransportsAndTheEmbeddedLedgerTalkToFabric() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..client.transport..", "..client.embedded..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.hyperledger.fabric.client..", "org.hyperledger.fabric.shim..", "io.grpc..")
                .check(client);
    }
}
