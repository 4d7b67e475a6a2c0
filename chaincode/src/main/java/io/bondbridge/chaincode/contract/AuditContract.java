package io.bondbridge.chaincode.contract;

import io.bondbridge.chaincode.audit.AuditHistory;
import io.bondbridge.chaincode.audit.StressScenario;
import io.bondbridge.chaincode.audit.StressTest;
import io.bondbridge.chaincode.governance.ReferenceRates;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.BondBridgeContext;
import io.bondbridge.chaincode.ledger.ErrorCode;
import io.bondbridge.chaincode.ledger.Json;
import io.bondbridge.chaincode.ledger.LedgerContract;
import io.bondbridge.chaincode.ledger.LedgerException;
import io.bondbridge.chaincode.stable.Composition;
import io.bondbridge.chaincode.stable.ReserveSnapshot;
import io.bondbridge.chaincode.stable.ReserveSnapshots;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Read-only audit views: reserve composition (now or as of), stress tests, key histories. Any participant. */
@Contract(name = "audit", info = @Info(title = "bondbridge audit", version = "0.1.0"))
public final class AuditContract implements LedgerContract {
    private static final Pattern TX_ID = Pattern.compile("[0-9a-f]{64}");

    /**
     * Composition of a currency's reserve now, or as of {@code asOf} (an ISO-8601 instant or a transaction id);
     * with the inclusion proof of {@code proofAsset} when not empty.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String reserves(BondBridgeContext ctx, String currency, String asOf, String proofAsset) {
        new Registry(ctx.ledger()).caller(ctx.caller());
        ReserveSnapshot snapshot = snapshot(ctx, Args.required(currency, "currency"), Args.optional(asOf));
        return Json.write(Composition.of(snapshot, Args.optional(proofAsset)));
    }

    /** Stress test of a currency's reserve now: JSON {@link StressScenario}. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String stress(BondBridgeContext ctx, String currency, String scenarioJson) {
        new Registry(ctx.ledger()).caller(ctx.caller());
        String json = Args.optional(scenarioJson);
        StressScenario scenario =
                json == null ? null : ReserveContract.input(json, StressScenario.class, "stress scenario");
        ReserveSnapshot snapshot = snapshot(ctx, Args.required(currency, "currency"), null);
        return Json.write(StressTest.run(snapshot, scenario));
    }

    /** Every committed version behind {@code id}: KIND {@code account} or {@code reserve-asset}. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String history(BondBridgeContext ctx, String kind, String id) {
        Registry registry = new Registry(ctx.ledger());
        return Json.write(new AuditHistory(ctx.ledger(), registry)
                .history(ctx.caller(), Args.required(kind, "kind"), Args.required(id, "id")));
    }

    private static ReserveSnapshot snapshot(BondBridgeContext ctx, String currency, String asOf) {
        ReserveSnapshots snapshots = new ReserveSnapshots(ctx.ledger(), new ReferenceRates(new Registry(ctx.ledger())));
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
