package io.bondbridge.chaincode.ledger;

import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The typed transaction context: the ledger and the verified caller. The contracts' own context extends it with
 * the feature services; this package knows no feature, so it cannot build them.
 */
public class BondBridgeContext extends Context {
    private final Ledger ledger;
    private final Caller caller;

    protected BondBridgeContext(ChaincodeStub stub) {
        super(stub);
        this.ledger = new Ledger(stub);
        ClientIdentity identity = getClientIdentity();
        this.caller = new Caller(identity.getMSPID(), identity.getId(), identity::getAttributeValue);
    }

    public final Ledger ledger() {
        return ledger;
    }

    public final Caller caller() {
        return caller;
    }
}
