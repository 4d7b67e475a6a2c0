package io.bondbridge.chaincode.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.bondbridge.api.Functions;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The names clients call the chaincode by ({@link Functions}) and the chaincode's own, both ways: every
 * {@code @Contract} has a nested class of {@link Functions} whose {@code NAME} is its name, every
 * {@code @Transaction} function of it a constant, and every constant names a function of its contract. So renaming
 * or adding a transaction function fails the build until the clients' names follow.
 */
class FunctionsTest {
    /** Contract name -> its transaction function names, as the contract router registers them. */
    private static SortedMap<String, SortedSet<String>> chaincode;
    /** Contract name -> the function names its {@link Functions} class gives (constant name -> value). */
    private static SortedMap<String, SortedMap<String, String>> constants;

    @BeforeAll
    static void collect() throws IllegalAccessException {
        chaincode = new TreeMap<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.bondbridge.chaincode")) {
            if (c.isAnnotatedWith(Contract.class)) {
                Class<?> type = c.reflect();
                String name = type.getAnnotation(Contract.class).name();
                assertThat(chaincode).as("contracts named " + name).doesNotContainKey(name);
                chaincode.put(name, functions(type));
            }
        }
        constants = new TreeMap<>();
        for (Class<?> nested : Functions.class.getDeclaredClasses()) {
            SortedMap<String, String> values = new TreeMap<>();
            String name = null;
            for (Field f : nested.getDeclaredFields()) {
                int m = f.getModifiers();
                assertThat(Modifier.isPublic(m)
                                && Modifier.isStatic(m)
                                && Modifier.isFinal(m)
                                && f.getType() == String.class)
                        .as(nested.getSimpleName() + "." + f.getName() + " is a public static final String")
                        .isTrue();
                if (f.getName().equals("NAME")) {
                    name = (String) f.get(null);
                } else {
                    values.put(f.getName(), (String) f.get(null));
                }
            }
            assertThat(name).as("Functions." + nested.getSimpleName() + ".NAME").isNotNull();
            constants.put(name, values);
        }
    }

    /** The functions of a contract class: its {@code @Transaction} methods, by the annotation's name or their own. */
    private static SortedSet<String> functions(Class<?> contract) {
        SortedSet<String> names = new TreeSet<>();
        for (Method m : contract.getMethods()) {
            Transaction t = m.getAnnotation(Transaction.class);
            if (t != null) {
                names.add(t.name().isEmpty() ? m.getName() : t.name());
            }
        }
        return names;
    }

    @Test
    void theChaincodeHasContracts() {
        assertThat(chaincode).containsKeys("governance", "stable", "bond", "payment", "audit");
    }

    @Test
    void everyContractHasItsNamesAndEveryNameItsContract() {
        assertThat(constants.keySet()).as("contracts named in Functions").isEqualTo(chaincode.keySet());
    }

    @Test
    void everyTransactionFunctionHasAConstant() {
        for (Map.Entry<String, SortedSet<String>> c : chaincode.entrySet()) {
            SortedSet<String> missing = new TreeSet<>(c.getValue());
            missing.removeAll(
                    constants.getOrDefault(c.getKey(), new TreeMap<>()).values());
            assertThat(missing)
                    .as("transaction functions of contract '%s' without a constant in Functions", c.getKey())
                    .isEmpty();
        }
    }

    @Test
    void everyConstantNamesATransactionFunctionOfItsContract() {
        for (Map.Entry<String, SortedMap<String, String>> c : constants.entrySet()) {
            SortedSet<String> unknown = new TreeSet<>(c.getValue().values());
            unknown.removeAll(chaincode.getOrDefault(c.getKey(), new TreeSet<>()));
            assertThat(unknown)
                    .as("constants of Functions for contract '%s' that name no transaction function", c.getKey())
                    .isEmpty();
        }
    }

    @Test
    void aConstantIsItsFunctionsNameInUpperSnakeCase() {
        for (Map.Entry<String, SortedMap<String, String>> c : constants.entrySet()) {
            for (Map.Entry<String, String> f : c.getValue().entrySet()) {
                assertThat(f.getKey())
                        .as("the constant of %s:%s", c.getKey(), f.getValue())
                        .isEqualTo(upperSnake(f.getValue()));
            }
        }
    }

    private static String upperSnake(String camel) {
        return Arrays.stream(camel.split("(?=[A-Z])"))
                .map(p -> p.toUpperCase(Locale.ROOT))
                .reduce((a, b) -> a + "_" + b)
                .orElse("");
    }
}
