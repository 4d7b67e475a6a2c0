package io.bondbridge.ceiling;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * The least a transaction of record does on this network: fabric-samples' asset-transfer-basic {@code CreateAsset},
 * which issue 12 names as the ceiling: read one key, refuse if it is there, write it ({@link #create}). {@link
 * #put}, a write of a key it never reads, is the bare minimum, for comparison. {@code scripts/bench.sh --fabric}
 * deploys it as its own chaincode ({@code ceiling}) beside bondbridge, on the same peers with the same endorsement
 * policy, so bondbridge's workloads can be compared with the network's own ceiling in the same run.
 *
 * <p>It is a chaincode of its own, never a contract inside bondbridge's: a function that lets any member write any
 * key has no place in a ledger of record, and a separate chaincode keeps its keys in a namespace of their own.
 */
@Contract(name = "ceiling", info = @Info(title = "one-key write, for benchmarks", version = "0.1.0"))
public final class CeilingContract implements ContractInterface {

    /** Creates {@code key} with {@code value}; refused when the key exists (as {@code CreateAsset}). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String create(Context ctx, String key, String value) {
        byte[] existing = ctx.getStub().getState(key);
        if (existing != null && existing.length > 0) {
            throw new ChaincodeException("the key " + key + " exists");
        }
        ctx.getStub().putStringState(key, value);
        return key;
    }

    /** Writes {@code value} under {@code key}; reads nothing, so no two writes of different keys conflict. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String put(Context ctx, String key, String value) {
        ctx.getStub().putStringState(key, value);
        return key;
    }
}
