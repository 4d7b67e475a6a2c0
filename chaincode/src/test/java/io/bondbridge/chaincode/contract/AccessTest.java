package io.bondbridge.chaincode.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.Role;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.junit.jupiter.api.Test;

/** The access table has exactly one row per transaction function; a read row admits only its roles. */
class AccessTest {
    private static SortedSet<String> transactionFunctions() {
        SortedSet<String> all = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.bondbridge.chaincode")) {
            if (c.isAnnotatedWith(Contract.class)) {
                Class<?> type = c.reflect();
                String name = type.getAnnotation(Contract.class).name();
                for (Method m : type.getMethods()) {
                    Transaction t = m.getAnnotation(Transaction.class);
                    if (t != null) {
                        all.add(name + ":" + (t.name().isEmpty() ? m.getName() : t.name()));
                    }
                }
            }
        }
        return all;
    }

    @Test
    void everyTransactionFunctionHasOneRowAndEveryRowAFunction() {
        SortedSet<String> functions = transactionFunctions();
        assertThat(functions).hasSizeGreaterThan(50);
        SortedSet<String> missing = new TreeSet<>(functions);
        missing.removeAll(Access.rules().keySet());
        assertThat(missing)
                .as("transaction functions without a row in contract/Access.java: decide who may call them")
                .isEmpty();
        SortedSet<String> stale = new TreeSet<>(Access.rules().keySet());
        stale.removeAll(functions);
        assertThat(stale).as("rows of Access naming no transaction function").isEmpty();
    }

    @Test
    void aWriteRowIsTheServicesToAuthorize() {
        assertThat(Access.rule("stable", "mint").admits(Set.of())).isTrue();
    }

    @Test
    void aRestrictedReadAdmitsOnlyItsRoles() {
        // payment:usage is for CENTRAL_BANK, REGULATOR, AUDITOR
        Access.Rule usage = Access.rule("payment", "usage");
        assertThat(usage.admits(Set.of(Role.BANK))).isFalse();
        assertThat(usage.admits(Set.of(Role.BANK, Role.AUDITOR))).isTrue();
        assertThatThrownBy(() -> Access.check(PaymentContract.class, "payment", "usage", "BankAMSP", Set.of(Role.BANK)))
                .isInstanceOfSatisfying(
                        LedgerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN))
                .hasMessageContaining(
                        "BankAMSP may not read payment:usage: needs role [CENTRAL_BANK, REGULATOR, AUDITOR]");
    }

    @Test
    void anUnknownNameIsLeftToTheContractsNotFound() {
        Access.check(PaymentContract.class, "payment", "noSuchFunction", "BankAMSP", Set.of(Role.BANK));
    }

    @Test
    void anUnregisteredCallerPassesOnlyEveryParticipantReads() {
        Access.check(GovernanceContract.class, "governance", "listParticipants", "OtherMSP", null);
        assertThatThrownBy(() -> Access.check(NettingContract.class, "netting", "show", "OtherMSP", null))
                .hasMessageContaining("OtherMSP may not read netting:show");
    }
}
