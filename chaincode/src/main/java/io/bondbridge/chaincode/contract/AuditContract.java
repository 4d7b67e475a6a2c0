package io.bondbridge.chaincode.contract;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Functions;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.audit.StressScenario;
import io.bondbridge.chaincode.audit.StressTest;
import io.bondbridge.chaincode.stable.ReserveSnapshot;
import io.bondbridge.chaincode.stable.ReserveSnapshots;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Read-only audit views: reserve composition (now or as of), stress tests, key histories. Any participant. */
@Contract(name = Functions.Audit.NAME, info = @Info(title = "bondbridge audit", version = "0.1.0"))
public final class AuditContract implements FeatureContract {
    private static final Pattern TX_ID = Pattern.compile("[0-9a-f]{64}");

    /**
     * Composition of a currency's reserve now, or as of {@code asOf} (an ISO-8601 instant or a transaction id);
     * with the inclusion proof of {@code proofAsset} when not empty.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String reserves(TxContext ctx, String currency, String asOf, String proofAsset) {
        return ctx.reply(() -> {
            ReserveSnapshot snapshot = snapshot(ctx, Args.required(currency, "currency"), Args.optional(asOf));
            return snapshot.composition(Args.optional(proofAsset));
        });
    }

    /** Stress test of a currency's reserve now: JSON {@link StressScenario}. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String stress(TxContext ctx, String currency, String scenarioJson) {
        return ctx.reply(() -> {
            String json = Args.optional(scenarioJson);
            StressScenario scenario = json == null ? null : Args.json(json, StressScenario.class, "stress scenario");
            ReserveSnapshot snapshot = snapshot(ctx, Args.required(currency, "currency"), null);
            return StressTest.run(snapshot, scenario);
        });
    }

    /** Every committed version behind {@code id}: KIND {@code account} or {@code reserve-asset}. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String history(TxContext ctx, String kind, String id) {
        return ctx.reply(
                () -> ctx.auditHistory().history(ctx.caller(), Args.required(kind, "kind"), Args.required(id, "id")));
    }

    private static ReserveSnapshot snapshot(TxContext ctx, String currency, String asOf) {
        ReserveSnapshots snapshots = ctx.reserveSnapshots();
        if (asOf == null) {
            return snapshots.current(currency);
        }
        if (TX_ID.matcher(asOf).matches()) {
            return snapshots.asOfTransaction(currency, asOf);
        }
        try {
            return snapshots.asOf(currency, Instant.parse(asOf));
        } catch (DateTimeParseException e) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "as-of '%s' is neither an ISO-8601 instant nor a transaction id", asOf);
        }
    }
}
