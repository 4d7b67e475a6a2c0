package io.bondbridge.chaincode.contract;

import io.bondbridge.api.Limits;
import io.bondbridge.api.governance.Role;
import io.bondbridge.chaincode.ledger.LedgerContract;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * A contract of one feature: its transaction functions receive a {@link TxContext} carrying the feature services,
 * and only a registered participant may call them.
 */
public interface FeatureContract extends LedgerContract {
    @Override
    default Context createContext(ChaincodeStub stub) {
        return LedgerContract.coded(() -> {
            // The shim converts the arguments after this and before beforeTransaction: size and count them here.
            checkSizes(stub);
            Access.checkArity(
                    getClass(),
                    getClass().getAnnotation(Contract.class).name(),
                    function(stub.getFunction()),
                    stub.getParameters().size());
            return new TxContext(stub);
        });
    }

    /**
     * The caller's organization must be a registered participant, else the transaction is FORBIDDEN ("organization
     * MSPID is not a registered participant") before the function runs; the functions of {@link
     * #openToUnregistered} are let through. Then the function's row of the {@link Access} table must admit the
     * caller's roles (a read restricted to some roles is FORBIDDEN to the others).
     */
    @Override
    default void beforeTransaction(Context ctx) {
        TxContext tx = (TxContext) ctx;
        String function = function(tx.getStub().getFunction());
        LedgerContract.coded(() -> {
            Set<Role> roles = null;
            if (!openToUnregistered(function)) {
                roles = Set.copyOf(tx.registry().caller(tx.caller()).roles());
            }
            Access.check(
                    getClass(),
                    getClass().getAnnotation(Contract.class).name(),
                    function,
                    tx.caller().mspId(),
                    roles);
        });
    }

    /**
     * Whether an organization that is not (yet) a registered participant may call {@code function} of this
     * contract: none may, unless the contract says so (the bootstrap, and reads that must work on an empty ledger).
     */
    default boolean openToUnregistered(String function) {
        return false;
    }

    /** Every argument and transient value within {@link Limits}, before anything reads them. */
    private static void checkSizes(ChaincodeStub stub) {
        List<byte[]> args = stub.getArgs();
        for (int i = 1; i < args.size(); i++) {
            Limits.argument(args.get(i), "argument " + i);
        }
        Map<String, byte[]> data = stub.getTransient();
        if (data != null) {
            Limits.count(data.size(), Limits.MAX_TRANSIENT_KEYS, "transient keys");
            for (Map.Entry<String, byte[]> e : new TreeMap<>(data).entrySet()) {
                Limits.transientValue(e.getValue(), e.getKey());
            }
        }
    }

    /** The function part of {@code contract:function} (or of a bare function name), split as the shim splits it. */
    private static String function(String requested) {
        String[] parts = requested.split(":");
        return parts.length == 2 ? parts[1] : parts[0];
    }
}
