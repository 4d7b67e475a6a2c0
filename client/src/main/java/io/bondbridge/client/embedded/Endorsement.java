package io.bondbridge.client.embedded;

import io.bondbridge.api.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;

/**
 * A simulated transaction: the chaincode's response and the read/write set it produced against the state at
 * simulation time. {@link EmbeddedLedger#commit} validates the reads and applies the writes, or rejects it whole.
 */
public final class Endorsement {
    private final Proposal proposal;
    private final int status;
    private final String message;
    private final byte[] payload;
    private final EmbeddedStub stub;
    private final long readHeight;

    Endorsement(Proposal proposal, int status, String message, byte[] payload, EmbeddedStub stub, long readHeight) {
        this.proposal = proposal;
        this.readHeight = readHeight;
        this.status = status;
        this.message = message;
        this.payload = payload == null ? new byte[0] : payload;
        this.stub = stub;
    }

    public Proposal proposal() {
        return proposal;
    }

    public String txId() {
        return proposal.txId();
    }

    /** True when the chaincode accepted the proposal (status 200). */
    public boolean ok() {
        return status == 200;
    }

    /** The chaincode's error message ({@code "CODE: text"}) when not {@link #ok()}. */
    public String message() {
        return message;
    }

    public String payload() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    EmbeddedStub stub() {
        return stub;
    }

    /** The ledger height the simulation read at (its reads may include transactions not yet on disk). */
    long readHeight() {
        return readHeight;
    }

    /** The public keys the simulation read one by one, in first-read order (its MVCC read set). */
    public List<String> pointReads() {
        return List.copyOf(stub.reads.keySet());
    }

    /**
     * How many point-state requests (reads and writes of single keys, or a batch of them) the simulation made: the
     * round trips between chaincode and peer that a Fabric endorser would serve for it.
     */
    public int stateRequests() {
        return stub.stateRequests;
    }

    /** How many keys the simulation's range reads returned, over all its ranges (its phantom-read set). */
    public int rangeReadKeys() {
        int n = 0;
        for (EmbeddedStub.RangeRead r : stub.rangeReads) {
            n += r.keys().size();
        }
        return n;
    }

    /** How many range reads the simulation made. */
    public int rangeReads() {
        return stub.rangeReads.size();
    }

    ChaincodeEvent event() {
        return stub.event();
    }

    List<TxRecord.Write> writes() {
        List<TxRecord.Write> writes = new ArrayList<>(stub.writes.size());
        for (Map.Entry<String, byte[]> w : stub.writes.entrySet()) {
            writes.add(new TxRecord.Write(w.getKey(), TxRecord.b64(w.getValue())));
        }
        return writes;
    }

    List<TxRecord.PrivateWrite> privateWrites() {
        List<TxRecord.PrivateWrite> writes = new ArrayList<>();
        for (Map.Entry<String, java.util.TreeMap<String, byte[]>> c : stub.privateWrites.entrySet()) {
            for (Map.Entry<String, byte[]> w : c.getValue().entrySet()) {
                writes.add(new TxRecord.PrivateWrite(c.getKey(), w.getKey(), TxRecord.b64(w.getValue())));
            }
        }
        return writes;
    }

    /** The write set in its one canonical byte form (what two peers must agree on). */
    public byte[] writeSet() {
        return Json.bytes(Map.of("public", writes(), "private", privateWrites()));
    }
}
