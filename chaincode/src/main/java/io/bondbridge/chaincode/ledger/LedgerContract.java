package io.bondbridge.chaincode.ledger;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * What every bondbridge contract shares: the typed context, one chaincode event per transaction, and a coded
 * rejection for an unknown function.
 */
public interface LedgerContract extends ContractInterface {
    @Override
    default Context createContext(ChaincodeStub stub) {
        return new BondBridgeContext(stub);
    }

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
