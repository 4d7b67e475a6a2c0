package io.bondbridge.chaincode.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
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
 * The chaincode's shape, checked on its compiled classes: features layered ledger -> governance -> stable ->
 * bond/payment -> audit -> contract with no loop, and Fabric's APIs reached only by the contracts, the ledger
 * layer that wraps the stub, so the rules stay plain Java. The api module's types ({@code io.bondbridge.api..}) may
 * be used by every layer and use none.
 */
class ArchitectureTest {
    /** Every package is a slice of its own, the root package and sub-packages included. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String name = c.getPackageName();
            if (!name.startsWith("io.bondbridge.chaincode")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(
                    name.equals("io.bondbridge.chaincode")
                            ? "(root)"
                            : name.substring("io.bondbridge.chaincode.".length()));
        }

        @Override
        public String getDescription() {
            return "the packages of io.bondbridge.chaincode";
        }
    };

    private static JavaClasses chaincode;

    @BeforeAll
    static void importClasses() {
        chaincode = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.bondbridge.chaincode", "io.bondbridge.api");
    }

    @Test
    void featurePackagesFormNoImportLoop() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(chaincode);
    }

    @Test
    void featuresAreLayeredFromTheLedgerUpToTheContracts() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("api")
                .definedBy("io.bondbridge.api..")
                .layer("ledger")
                .definedBy("..chaincode.ledger..")
                .layer("governance")
                .definedBy("..chaincode.governance..")
                .layer("stable")
                .definedBy("..chaincode.stable..")
                .layer("bond")
                .definedBy("..chaincode.bond..")
                .layer("payment")
                .definedBy("..chaincode.payment..")
                .layer("audit")
                .definedBy("..chaincode.audit..")
                .layer("contract")
                .definedBy("..chaincode.contract..")
                .whereLayer("contract")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("audit")
                .mayOnlyBeAccessedByLayers("contract")
                .whereLayer("bond")
                .mayOnlyBeAccessedByLayers("audit", "contract")
                .whereLayer("payment")
                .mayOnlyBeAccessedByLayers("audit", "contract")
                .whereLayer("stable")
                .mayOnlyBeAccessedByLayers("bond", "payment", "audit", "contract")
                .whereLayer("governance")
                .mayOnlyBeAccessedByLayers("stable", "bond", "payment", "audit", "contract")
                .whereLayer("api")
                .mayOnlyBeAccessedByLayers("ledger", "governance", "stable", "bond", "payment", "audit", "contract")
                .whereLayer("api")
                .mayNotAccessAnyLayer()
                .check(chaincode);
    }

    @Test
    void onlyTheContractsAndTheLedgerLayerUseFabricApis() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..chaincode.contract..", "..chaincode.ledger..", "..chaincode.server..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.hyperledger..")
                .check(chaincode);
    }

    /** UNAVAILABLE is the client transports' word for an unreachable ledger; a rule of the ledger never says it. */
    @Test
    void noRuleReportsTheLedgerUnreachable() {
        noClasses()
                .that()
                .resideInAPackage("io.bondbridge.chaincode..")
                .should()
                .accessField(io.bondbridge.api.ErrorCode.class, "UNAVAILABLE")
                .check(chaincode);
    }
}
