package io.bondbridge.client.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Functions;
import io.bondbridge.client.access.AccessWorld;
import io.bondbridge.client.embedded.EmbeddedLedger;
import io.bondbridge.client.embedded.Endorsement;
import io.bondbridge.client.embedded.Proposal;
import io.bondbridge.client.transport.BondBridgeException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every contract entry point through the embedded ledger, the path a peer runs: a function picked from
 * {@link Functions}, called by a default organization or an outsider, with arguments (mostly as many as it takes,
 * sometimes not) and transient data from the fuzzer, against a ledger where every function has something to act on
 * ({@link AccessWorld}). The only outcomes allowed: success, or a rejection carrying an {@link ErrorCode} other than
 * INTERNAL; a rejected call, submitted, writes nothing; no answer is larger than {@link #MAX_ANSWER} characters.
 *
 * <p>In a plain {@code mvn test} this runs its seed inputs only; {@code JAZZER_FUZZ=1} fuzzes for
 * {@code maxDuration} (scripts/test.sh runs a short fuzz).
 */
class ContractFuzzTest {
    static final int MAX_ANSWER = 4 * 1024 * 1024;
    private static final List<String> CALLERS = new ArrayList<>(AccessWorld.ORGS);
    private static final List<String[]> FUNCTIONS = new ArrayList<>();
    private static final Map<String, Integer> ARITY = new TreeMap<>();
    private static AccessWorld world;

    static {
        CALLERS.add("OutsiderMSP");
        for (Class<?> nested : Functions.class.getDeclaredClasses()) {
            String contract = null;
            List<String> names = new ArrayList<>();
            for (Field f : nested.getDeclaredFields()) {
                try {
                    if (f.getName().equals("NAME")) {
                        contract = (String) f.get(null);
                    } else {
                        names.add((String) f.get(null));
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            for (String n : names) {
                FUNCTIONS.add(new String[] {contract, n});
            }
        }
        for (Class<?> type : List.of(
                io.bondbridge.chaincode.contract.GovernanceContract.class,
                io.bondbridge.chaincode.contract.FxContract.class,
                io.bondbridge.chaincode.contract.StableContract.class,
                io.bondbridge.chaincode.contract.ReserveContract.class,
                io.bondbridge.chaincode.contract.BondContract.class,
                io.bondbridge.chaincode.contract.PaymentContract.class,
                io.bondbridge.chaincode.contract.CorridorContract.class,
                io.bondbridge.chaincode.contract.NettingContract.class,
                io.bondbridge.chaincode.contract.AuditContract.class)) {
            String contract = type.getAnnotation(Contract.class).name();
            for (Method m : type.getMethods()) {
                if (m.isAnnotationPresent(Transaction.class)) {
                    ARITY.put(contract + ":" + m.getName(), m.getParameterCount() - 1);
                }
            }
        }
    }

    private static synchronized AccessWorld world() {
        if (world == null) {
            world = new AccessWorld().build();
        }
        return world;
    }

    /**
     * Every function of {@link Functions} is a transaction of one of the contracts listed above, so the fuzzer calls
     * it with as many arguments as it takes (a new contract left out of the list would be fuzzed with none).
     */
    @Test
    void everyFunctionIsFuzzedWithItsArity() {
        List<String> unknown = FUNCTIONS.stream()
                .map(f -> f[0] + ":" + f[1])
                .filter(f -> !ARITY.containsKey(f))
                .toList();
        assertThat(unknown).isEmpty();
        // spot checks of the functions merged after this test: the funded swap line and the proceeds
        assertThat(ARITY)
                .containsEntry("netting:createSwapLine", 7)
                .containsEntry("netting:drawSwapLine", 3)
                .containsEntry("netting:repaySwapLine", 3)
                .containsEntry("bond:disburse", 5)
                .containsEntry("governance:setParameter", 3);
    }

    @FuzzTest(maxDuration = "30s")
    void everyEntryPointSucceedsOrRejectsWithACode(FuzzedDataProvider data) {
        AccessWorld w = world();
        EmbeddedLedger ledger = w.ledger;
        String[] fn = data.pickValue(FUNCTIONS);
        String caller = data.pickValue(CALLERS);
        int arity = ARITY.getOrDefault(fn[0] + ":" + fn[1], 0);
        int n = data.consumeInt(0, 9) == 0 ? data.consumeInt(0, 8) : arity;
        List<String> args = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            args.add(data.consumeString(data.consumeInt(0, 300)));
        }
        Map<String, byte[]> transientData = new TreeMap<>();
        if (data.consumeBoolean()) {
            String key = data.pickValue(List.of("payment", "details", data.consumeString(8)));
            transientData.put(key, data.consumeBytes(data.consumeInt(0, 2000)));
        }
        Proposal proposal = ledger.propose(AccessWorld.mspId(caller), fn[0], fn[1], args, transientData, w.now);
        Endorsement e = ledger.simulate(proposal);
        String call = fn[0] + ":" + fn[1] + " as " + caller + " with " + args.size() + " arguments";
        if (e.ok()) {
            if (e.payload() != null && e.payload().length() > MAX_ANSWER) {
                throw new AssertionError(call + ": answer of " + e.payload().length() + " characters");
            }
            return;
        }
        ErrorCode code = ErrorCode.fromMessage(e.message());
        if (code == null || code == ErrorCode.INTERNAL) {
            throw new AssertionError(call + ": not a coded rejection: " + e.message() + " " + args);
        }
        long height = ledger.height();
        String digest = ledger.stateDigest();
        try {
            ledger.commit(e);
            throw new AssertionError(call + ": a rejected endorsement committed");
        } catch (BondBridgeException expected) {
            // the ledger refuses it whole
        }
        if (ledger.height() != height || !ledger.stateDigest().equals(digest)) {
            throw new AssertionError(call + ": a rejection wrote to the ledger");
        }
    }
}
