package io.bondbridge.ceiling;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The plain fungible token of Fabric's own samples (token-erc-20), reduced to the rows its transactions touch, as a
 * second yardstick beside the one-key write: {@code mint} reads and writes the token's total supply (one row every
 * mint shares) and the recipient's balance; {@code transfer} reads and writes two balances. Accounts are named in the
 * arguments instead of taken from the caller's certificate, so the benchmark's workers can use disjoint accounts
 * under one identity; the rows read and written are the same as the sample's. No checks of who may mint: like
 * {@link CeilingContract}, benchmark code, in a chaincode of its own.
 */
@Contract(name = "token", info = @Info(title = "token-erc-20's rows, for benchmarks", version = "0.1.0"))
public final class TokenContract implements ContractInterface {
    private static final String TOTAL_SUPPLY = "totalSupply";

    /** Adds {@code amount} (whole units) to {@code account} and to the total supply; returns the new total supply. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public long mint(Context ctx, String account, long amount) {
        requirePositive(amount);
        ChaincodeStub stub = ctx.getStub();
        long supply = Math.addExact(read(stub, TOTAL_SUPPLY), amount);
        stub.putStringState(TOTAL_SUPPLY, Long.toString(supply));
        String key = balanceKey(stub, account);
        stub.putStringState(key, Long.toString(Math.addExact(read(stub, key), amount)));
        return supply;
    }

    /** Moves {@code amount} from {@code from} to {@code to}; rejected when {@code from} holds less. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public long transfer(Context ctx, String from, String to, long amount) {
        requirePositive(amount);
        if (from.equals(to)) {
            throw new ChaincodeException("cannot transfer to the same account");
        }
        ChaincodeStub stub = ctx.getStub();
        String fromKey = balanceKey(stub, from);
        long left = read(stub, fromKey) - amount;
        if (left < 0) {
            throw new ChaincodeException(from + " holds less than " + amount);
        }
        String toKey = balanceKey(stub, to);
        stub.putStringState(fromKey, Long.toString(left));
        stub.putStringState(toKey, Long.toString(Math.addExact(read(stub, toKey), amount)));
        return left;
    }

    private static String balanceKey(ChaincodeStub stub, String account) {
        return stub.createCompositeKey("balance", account).toString();
    }

    private static long read(ChaincodeStub stub, String key) {
        String value = stub.getStringState(key);
        return value == null || value.isEmpty() ? 0 : Long.parseLong(value);
    }

    private static void requirePositive(long amount) {
        if (amount <= 0) {
            throw new ChaincodeException("amount must be positive, not " + amount);
        }
    }
}
