package io.bondbridge.client;

import io.bondbridge.client.audit.AuditClient;
import io.bondbridge.client.bond.BondClient;
import io.bondbridge.client.embedded.EmbeddedLedger;
import io.bondbridge.client.governance.GovernanceClient;
import io.bondbridge.client.payment.PaymentClient;
import io.bondbridge.client.stable.FxClient;
import io.bondbridge.client.stable.ReserveClient;
import io.bondbridge.client.stable.StableClient;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.Transport;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The entry point of the client library: one organization's view of the ledger, over any {@link Transport}.
 *
 * <pre>{@code
 * try (BondBridge bankA = BondBridge.embedded(Path.of(".bondbridge"), "banka")) {
 *     bankA.governance().openAccount("trading");
 * }
 * }</pre>
 *
 * <p>Every call either returns what the ledger answered or throws {@link BondBridgeException} with the ledger's
 * error code.
 */
public final class BondBridge implements AutoCloseable {
    private final Transport transport;

    private BondBridge(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** Uses {@code transport}; closing this closes it. */
    public static BondBridge open(Transport transport) {
        return new BondBridge(transport);
    }

    /** Opens the embedded ledger stored in {@code dir} acting as {@code org}; closing this closes the ledger. */
    public static BondBridge embedded(Path dir, String org) {
        EmbeddedLedger ledger = EmbeddedLedger.open(dir);
        return new BondBridge(ledger.transport(org).owning(ledger));
    }

    public Transport transport() {
        return transport;
    }

    public GovernanceClient governance() {
        return new GovernanceClient(transport);
    }

    /** Bond tokens: series, DvP issue, transfers, offers, coupons by claim, redemption, the rate index. */
    public BondClient bonds() {
        return new BondClient(transport);
    }

    /** Reserve-backed stable units: mint, transfer, redeem, balances. */
    public StableClient stableUnits() {
        return new StableClient(transport);
    }

    /** Reserve assets and reserve policy. */
    public ReserveClient reserves() {
        return new ReserveClient(transport);
    }

    /** Read-only audit views: reserve composition, stress tests, histories. */
    public AuditClient audit() {
        return new AuditClient(transport);
    }

    /** Cross-border payments, corridors and compliance, netting cycles and swap lines. */
    public PaymentClient payments() {
        return new PaymentClient(transport);
    }

    /** USD reference rates. */
    public FxClient fx() {
        return new FxClient(transport);
    }

    @Override
    public void close() {
        transport.close();
    }
}
