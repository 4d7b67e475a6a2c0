package io.bondbridge.chaincode.ledger;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * What every bondbridge contract shares: one chaincode event per transaction, and a coded rejection for an unknown
 * function. The context is the contract layer's to create ({@link BondBridgeContext} or a subclass carrying the
 * feature services), so this interface leaves {@link #createContext} to it.
 */
public interface LedgerContract extends ContractInterface {
    /** The transaction's context: a {@link BondBridgeContext}. */
    @Override
    Context createContext(ChaincodeStub stub);

    @Override
    default void unknownTransaction(Context ctx) {
        throw LedgerException.of(
                ErrorCode.NOT_FOUND,
                "no transaction function '%s'",
                ctx.getStub().getFunction());
    }

    @Override
    default void afterTransaction(Context ctx, Object result) {
        ((BondBridgeContext) ctx).ledger().flushEvents();
    }
}
