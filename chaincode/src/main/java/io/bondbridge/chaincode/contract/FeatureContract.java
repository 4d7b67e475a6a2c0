package io.bondbridge.chaincode.contract;

import io.bondbridge.chaincode.ledger.LedgerContract;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * A contract of one feature: its transaction functions receive a {@link TxContext} carrying the feature services,
 * and only a registered participant may call them.
 */
public interface FeatureContract extends LedgerContract {
    @Override
    default Context createContext(ChaincodeStub stub) {
        return LedgerContract.coded(() -> new TxContext(stub));
    }

    /**
     * The caller's organization must be a registered participant, else the transaction is FORBIDDEN ("organization
     * MSPID is not a registered participant") before the function runs; the functions of {@link
     * #openToUnregistered} are let through.
     */
    @Override
    default void beforeTransaction(Context ctx) {
        TxContext tx = (TxContext) ctx;
        if (!openToUnregistered(function(tx.getStub().getFunction()))) {
            LedgerContract.coded(() -> tx.registry().caller(tx.caller()));
        }
    }

    /**
     * Whether an organization that is not (yet) a registered participant may call {@code function} of this
     * contract: none may, unless the contract says so (the bootstrap, and reads that must work on an empty ledger).
     */
    default boolean openToUnregistered(String function) {
        return false;
    }

    /** The function part of {@code contract:function} (or of a bare function name), split as the shim splits it. */
    private static String function(String requested) {
        String[] parts = requested.split(":");
        return parts.length == 2 ? parts[1] : parts[0];
    }
}
