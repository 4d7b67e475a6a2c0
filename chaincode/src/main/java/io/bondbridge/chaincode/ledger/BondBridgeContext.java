package io.bondbridge.chaincode.ledger;

import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** The typed transaction context every contract receives: the ledger and the verified caller. */
public final class BondBridgeContext extends Context {
    private final Ledger ledger;
    private final Caller caller;

    public BondBridgeContext(ChaincodeStub stub) {
        super(stub);
        this.ledger = new Ledger(stub);
        ClientIdentity identity = getClientIdentity();
        this.caller = new Caller(identity.getMSPID(), identity.getId(), identity::getAttributeValue);
    }

    public Ledger ledger() {
        return ledger;
    }

    public Caller caller() {
        return caller;
    }
}
