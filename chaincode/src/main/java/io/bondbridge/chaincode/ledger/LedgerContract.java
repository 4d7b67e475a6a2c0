package io.bondbridge.chaincode.ledger;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * What every bondbridge contract shares: one chaincode event per transaction, a coded rejection for an unknown
 * function, and the one place a rule's {@link LedgerException} becomes the shim's coded error ({@link #coded}). The
 * context is the contract layer's to create ({@link BondBridgeContext} or a subclass carrying the feature services),
 * so this interface leaves {@link #createContext} to it.
 */
public interface LedgerContract extends ContractInterface {
    /** The transaction's context: a {@link BondBridgeContext}; create it inside {@link #coded}. */
    @Override
    Context createContext(ChaincodeStub stub);

    @Override
    default void unknownTransaction(Context ctx) {
        coded(() -> {
            throw LedgerException.of(
                    ErrorCode.NOT_FOUND,
                    "no transaction function '%s'",
                    ctx.getStub().getFunction());
        });
    }

    @Override
    default void afterTransaction(Context ctx, Object result) {
        coded(() -> ((BondBridgeContext) ctx).ledger().finish());
    }

    /**
     * Runs one step of a transaction (the function's body through {@link BondBridgeContext#reply}, or a hook:
     * createContext, beforeTransaction, afterTransaction, unknownTransaction) and turns a rule's rejection into the
     * error response the shim sends: message {@code "CODE: detail"}, payload the code's name in UTF-8. The shim keeps
     * message and payload only for its own {@link ChaincodeException}; any other exception becomes "Unexpected
     * error" and the code would be lost.
     */
    static <T> T coded(Supplier<T> step) {
        try {
            return step.get();
        } catch (LedgerException e) {
            throw new ChaincodeException(e.getMessage(), e.code().name().getBytes(StandardCharsets.UTF_8), e);
        }
    }

    /** {@link #coded(Supplier)} for a step without a result. */
    static void coded(Runnable step) {
        coded(() -> {
            step.run();
            return null;
        });
    }
}
