package io.bondbridge.client.audit;

import io.bondbridge.api.Functions;
import io.bondbridge.api.Json;
import io.bondbridge.api.audit.History;
import io.bondbridge.api.audit.StressResult;
import io.bondbridge.api.audit.StressScenario;
import io.bondbridge.api.stable.Composition;
import io.bondbridge.client.transport.Transport;
import java.time.Instant;
import java.util.Objects;

/**
 * Read-only audit views: reserve composition now or as of a past instant or transaction (with an inclusion proof
 * of one asset, checked by {@link MerkleProofs#verify}), stress tests, and key histories.
 *
 * <pre>{@code
 * Composition c = auditor.audit().reserves("CNY", "2026-03-31T00:00:00Z", "CGB-2026-05");
 * boolean ok = MerkleProofs.verify(c.proof()) && c.proof().root().equals(c.digest());
 * }</pre>
 */
public final class AuditClient {
    private final Transport transport;

    public AuditClient(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** The composition now. */
    public Composition reserves(String currency) {
        return reserves(currency, null, null);
    }

    public Composition reservesAsOf(String currency, Instant asOf) {
        return reserves(currency, asOf.toString(), null);
    }

    /**
     * @param asOf null for now, an ISO-8601 instant, or a transaction id (64 hex digits) that minted, redeemed or
     *     changed the reserve or its policy
     * @param proofAsset null, or an asset whose inclusion proof to return
     */
    public Composition reserves(String currency, String asOf, String proofAsset) {
        return Json.read(
                transport.evaluate(
                        Functions.Audit.NAME,
                        Functions.Audit.RESERVES,
                        currency,
                        asOf == null ? "" : asOf,
                        proofAsset == null ? "" : proofAsset),
                Composition.class);
    }

    public StressResult stress(String currency, StressScenario scenario) {
        return Json.read(
                transport.evaluate(
                        Functions.Audit.NAME,
                        Functions.Audit.STRESS,
                        currency,
                        scenario == null ? "" : Json.write(scenario)),
                StressResult.class);
    }

    /** Every committed version behind {@code id}; kinds: {@link History#KINDS}. */
    public History history(String kind, String id) {
        return Json.read(transport.evaluate(Functions.Audit.NAME, Functions.Audit.HISTORY, kind, id), History.class);
    }
}
