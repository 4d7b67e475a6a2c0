package io.bondbridge.client.embedded;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.Retry;
import io.bondbridge.client.transport.Transport;
import io.bondbridge.client.transport.TxResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link Transport} over an {@link EmbeddedLedger} in this process, acting as one organization. A submit
 * simulates then commits; when a concurrent transaction made its reads stale first, it runs again under the same
 * {@link Retry} policy the Gateway transport uses on Fabric ({@link #RETRY}: 5 attempts, no pause, as the ledger
 * decides a conflict at once). After the last attempt the ledger's own {@link ErrorCode#CONFLICT} is thrown.
 */
public final class EmbeddedTransport implements Transport {
    static final Retry RETRY = Retry.immediate(5);

    private final EmbeddedLedger ledger;
    private final String mspId;
    private volatile Instant fixedTime;
    private volatile AutoCloseable owned;

    public EmbeddedTransport(EmbeddedLedger ledger, String mspId) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.mspId = Objects.requireNonNull(mspId, "mspId");
    }

    /** Transactions from now on carry this timestamp (try maturities and coupon dates); null for the clock. */
    public EmbeddedTransport at(Instant timestamp) {
        this.fixedTime = timestamp;
        return this;
    }

    /** Closing this transport also closes {@code resource} (the ledger, when the transport opened it). */
    public EmbeddedTransport owning(AutoCloseable resource) {
        this.owned = resource;
        return this;
    }

    public EmbeddedLedger ledger() {
        return ledger;
    }

    private Instant timestamp() {
        Instant t = fixedTime;
        return t != null ? t : Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public TxResult submit(String contract, String function, List<String> args, Map<String, byte[]> transientData) {
        return RETRY.run(
                contract + ":" + function,
                attempt -> submitOnce(contract, function, args, transientData),
                (attempts, last) -> (BondBridgeException) last.getCause());
    }

    /** One simulate and commit; a commit that lost to a concurrent transaction is {@link Retry.Stale}. */
    private TxResult submitOnce(String contract, String function, List<String> args, Map<String, byte[]> transientData)
            throws Retry.Stale {
        Endorsement endorsement =
                ledger.simulate(ledger.propose(mspId, contract, function, args, transientData, timestamp()));
        if (!endorsement.ok()) {
            ledger.awaitReadDurable(endorsement);
            throw BondBridgeException.fromChaincodeMessage(endorsement.message(), endorsement.txId(), null);
        }
        try {
            return ledger.commit(endorsement);
        } catch (BondBridgeException e) {
            if (e.code() != ErrorCode.CONFLICT) {
                throw e;
            }
            throw new Retry.Stale(e.txId(), e.getMessage(), e);
        }
    }

    @Override
    public String evaluate(String contract, String function, List<String> args, Map<String, byte[]> transientData) {
        Endorsement endorsement =
                ledger.simulate(ledger.propose(mspId, contract, function, args, transientData, timestamp()));
        // An answer, even a rejection, reports only what a crash cannot undo.
        ledger.awaitReadDurable(endorsement);
        if (!endorsement.ok()) {
            throw BondBridgeException.fromChaincodeMessage(endorsement.message(), endorsement.txId(), null);
        }
        return endorsement.payload();
    }

    @Override
    public String mspId() {
        return mspId;
    }

    @Override
    public void close() {
        AutoCloseable resource = owned;
        owned = null;
        if (resource != null) {
            try {
                resource.close();
            } catch (Exception e) {
                throw new BondBridgeException(ErrorCode.UNAVAILABLE, "close failed: " + e.getMessage(), null, e);
            }
        }
    }
}
