package io.bondbridge.client.transport;

import java.util.List;
import java.util.Map;

/**
 * How a request reaches the ledger. The same calls go to a Fabric network through the Gateway
 * ({@code GatewayTransport}) or to the in-process embedded ledger ({@code EmbeddedTransport}); the chaincode code
 * that answers them is the same.
 *
 * <p>A transport acts as one organization (its identity). Failures are thrown as
 * {@link BondBridgeException} carrying the ledger's error code.
 */
public interface Transport extends AutoCloseable {

    /** Chaincode name on the channel. */
    String CHAINCODE = "bondbridge";

    /** Application channel name. */
    String CHANNEL = "bondbridge";

    /**
     * Endorses, orders and commits a transaction; returns once it is committed.
     *
     * @param contract contract name, e.g. {@code "governance"}
     * @param function transaction function, e.g. {@code "openAccount"}
     * @param args positional string arguments
     * @param transientData private inputs that must not appear in the transaction (may be empty)
     */
    TxResult submit(String contract, String function, List<String> args, Map<String, byte[]> transientData);

    default TxResult submit(String contract, String function, String... args) {
        return submit(contract, function, List.of(args), Map.of());
    }

    /** Runs a read-only function on one peer; nothing is ordered or written. Returns the payload. */
    String evaluate(String contract, String function, List<String> args, Map<String, byte[]> transientData);

    default String evaluate(String contract, String function, String... args) {
        return evaluate(contract, function, List.of(args), Map.of());
    }

    /** The MSP ID this transport acts as. */
    String mspId();

    @Override
    void close();
}
