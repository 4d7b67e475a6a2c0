package io.bondbridge.chaincode.contract;

import io.bondbridge.chaincode.audit.AuditHistory;
import io.bondbridge.chaincode.bond.BondReserveLink;
import io.bondbridge.chaincode.bond.Bonds;
import io.bondbridge.chaincode.bond.Coupons;
import io.bondbridge.chaincode.bond.Offers;
import io.bondbridge.chaincode.bond.SectorIndex;
import io.bondbridge.chaincode.bond.TradeIndex;
import io.bondbridge.chaincode.bond.Tranches;
import io.bondbridge.chaincode.governance.Governance;
import io.bondbridge.chaincode.governance.Parameters;
import io.bondbridge.chaincode.governance.ReferenceRates;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.BondBridgeContext;
import io.bondbridge.chaincode.payment.Compliance;
import io.bondbridge.chaincode.payment.Corridors;
import io.bondbridge.chaincode.payment.FxQuotes;
import io.bondbridge.chaincode.payment.Netting;
import io.bondbridge.chaincode.payment.Payments;
import io.bondbridge.chaincode.payment.SwapLines;
import io.bondbridge.chaincode.stable.ReserveSnapshots;
import io.bondbridge.chaincode.stable.Reserves;
import io.bondbridge.chaincode.stable.StableUnits;
import java.util.function.Supplier;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The context of one transaction as the contracts see it: the ledger and the verified caller, and the feature
 * services, each built on first use and then the same instance for the rest of the transaction, all over one
 * {@link Registry}. A contract asks for {@code ctx.bonds()}; it never wires a service itself.
 *
 * <p>It lives in {@code contract/}, above the features, because it names all of them: the packages depend one way
 * (ledger, governance, stable, bond and payment, audit, contract), so {@code ledger/}'s {@link BondBridgeContext}
 * cannot know a feature service without an import loop.
 */
public final class TxContext extends BondBridgeContext {
    private final Lazy<Registry> registry = new Lazy<>(() -> new Registry(ledger()));
    private final Lazy<Governance> governance = new Lazy<>(() -> new Governance(registry()));
    private final Lazy<Parameters> parameters = new Lazy<>(() -> new Parameters(registry()));
    private final Lazy<ReferenceRates> referenceRates = new Lazy<>(() -> new ReferenceRates(registry()));

    private final Lazy<StableUnits> stableUnits = new Lazy<>(() -> new StableUnits(registry(), ledger()));
    private final Lazy<Reserves> reserves =
            new Lazy<>(() -> new Reserves(registry(), ledger(), new BondReserveLink(registry(), ledger())));
    private final Lazy<ReserveSnapshots> reserveSnapshots =
            new Lazy<>(() -> new ReserveSnapshots(ledger(), referenceRates()));

    private final Lazy<Bonds> bonds = new Lazy<>(() -> new Bonds(registry(), ledger()));
    private final Lazy<Offers> offers = new Lazy<>(() -> new Offers(registry(), ledger()));
    private final Lazy<Coupons> coupons = new Lazy<>(() -> new Coupons(registry(), ledger()));
    private final Lazy<TradeIndex> tradeIndex = new Lazy<>(() -> new TradeIndex(registry(), ledger()));
    private final Lazy<Tranches> tranches = new Lazy<>(() -> new Tranches(registry(), ledger()));
    private final Lazy<SectorIndex> sectorIndex = new Lazy<>(() -> new SectorIndex(registry(), ledger()));

    private final Lazy<Payments> payments = new Lazy<>(() -> new Payments(registry(), ledger()));
    private final Lazy<Corridors> corridors = new Lazy<>(() -> new Corridors(registry(), ledger()));
    private final Lazy<Compliance> compliance = new Lazy<>(() -> new Compliance(registry(), ledger()));
    private final Lazy<FxQuotes> fxQuotes = new Lazy<>(() -> new FxQuotes(registry(), ledger()));
    private final Lazy<Netting> netting = new Lazy<>(() -> new Netting(registry(), ledger()));
    private final Lazy<SwapLines> swapLines = new Lazy<>(() -> new SwapLines(registry(), ledger()));

    private final Lazy<AuditHistory> auditHistory = new Lazy<>(() -> new AuditHistory(ledger(), registry()));

    TxContext(ChaincodeStub stub) {
        super(stub);
    }

    /** Participants, roles and accounts: the checks every feature makes. */
    public Registry registry() {
        return registry.get();
    }

    public Governance governance() {
        return governance.get();
    }

    /** The governed parameters. */
    public Parameters parameters() {
        return parameters.get();
    }

    /** USD reference rates. */
    public ReferenceRates referenceRates() {
        return referenceRates.get();
    }

    public StableUnits stableUnits() {
        return stableUnits.get();
    }

    /** Reserve assets and policy; a GOV_BOND asset may be one of this ledger's bond series. */
    public Reserves reserves() {
        return reserves.get();
    }

    /** Reserve states now or as of a past time or transaction. */
    public ReserveSnapshots reserveSnapshots() {
        return reserveSnapshots.get();
    }

    public Bonds bonds() {
        return bonds.get();
    }

    public Offers offers() {
        return offers.get();
    }

    public Coupons coupons() {
        return coupons.get();
    }

    public TradeIndex tradeIndex() {
        return tradeIndex.get();
    }

    /** Crossover tranches and their windows. */
    public Tranches tranches() {
        return tranches.get();
    }

    /** Sector indexes: market share, import growth. */
    public SectorIndex sectorIndex() {
        return sectorIndex.get();
    }

    public Payments payments() {
        return payments.get();
    }

    public Corridors corridors() {
        return corridors.get();
    }

    /** Block list, alerts and the alert threshold. */
    public Compliance compliance() {
        return compliance.get();
    }

    public FxQuotes fxQuotes() {
        return fxQuotes.get();
    }

    public Netting netting() {
        return netting.get();
    }

    public SwapLines swapLines() {
        return swapLines.get();
    }

    public AuditHistory auditHistory() {
        return auditHistory.get();
    }

    /** A service built on first use; one transaction runs on one thread, so no synchronisation. */
    private static final class Lazy<T> {
        private final Supplier<T> create;
        private T value;

        Lazy(Supplier<T> create) {
            this.create = create;
        }

        T get() {
            if (value == null) {
                value = create.get();
            }
            return value;
        }
    }
}
