package io.bondbridge.chaincode.ledger;

import io.bondbridge.api.Json;
import java.util.function.Supplier;
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

    /**
     * Runs a transaction function's body and returns its result as the wire JSON, written by the one codec
     * ({@link Json}); a rule's rejection becomes the coded error response ({@link LedgerContract#coded}). Every
     * transaction function returns through here, so none hands an object to the shim's own serializer.
     */
    public final String reply(Supplier<?> body) {
        return LedgerContract.coded(() -> Json.write(body.get()));
    }
}
