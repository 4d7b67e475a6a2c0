package io.bondbridge.chaincode.contract;

import io.bondbridge.chaincode.ledger.LedgerContract;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** A contract of one feature: its transaction functions receive a {@link TxContext} carrying the feature services. */
public interface FeatureContract extends LedgerContract {
    @Override
    default Context createContext(ChaincodeStub stub) {
        return new TxContext(stub);
    }
}
