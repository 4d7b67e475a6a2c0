package io.bondbridge.chaincode.bond;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.bond.Program;
import io.bondbridge.api.bond.Series;
import io.bondbridge.api.bond.SeriesCreated;
import io.bondbridge.api.bond.SeriesRates;
import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.bond.TradeSignal;
import io.bondbridge.api.bond.Tranche;
import io.bondbridge.api.bond.TrancheResult;
import io.bondbridge.api.governance.Param;
import io.bondbridge.api.governance.Role;
import io.bondbridge.chaincode.governance.Parameters;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Crossover tranches. A stored {@link TradeSignal} opens a window of {@code trancheWindowDays} for its program: an
 * EXPORT signal for TRADE_EXPORT tranches at the export base minus the export spread (a low-coupon export bond), an
 * IMPORT signal for TRADE_IMPORT tranches at the import base plus the import spread (a high-coupon import bond to
 * fund key technology imports). The treasury creates a tranche inside the window naming the signal; the tranche's
 * units may be issued only while the window is open. A tranche outside an open window is rejected and writes
 * nothing.
 */
public final class Tranches {
    private final Registry registry;
    private final Ledger ledger;
    private final Bonds bonds;

    public Tranches(Registry registry, Ledger ledger) {
        this.registry = registry;
        this.ledger = ledger;
        this.bonds = new Bonds(registry, ledger);
    }

    /** TREASURY creates a tranche series of {@code terms}' program under the window of the signal of {@code month}. */
    public TrancheResult open(Caller caller, SeriesTerms terms, String signalMonth) {
        registry.requireRole(caller, "open tranches", Role.TREASURY);
        Program program = program(terms);
        TradeSignal signal = ledger.find(BondKeys.signal(signalMonth), TradeSignal.class)
                .orElseThrow(() -> LedgerException.of(
                        ErrorCode.NOT_FOUND,
                        "no crossover signal for %s: a tranche needs the window a signal opens",
                        signalMonth));
        if (signal.program() != program) {
            throw LedgerException.of(
                    ErrorCode.POLICY_VIOLATION,
                    "the %s signal of %s opens %s tranches, not %s",
                    signal.signal(),
                    signalMonth,
                    signal.program(),
                    program);
        }
        if (!signal.openAt(ledger.now())) {
            throw LedgerException.of(
                    ErrorCode.EXPIRED,
                    "the tranche window of the %s signal of %s closed at %s (%d days)",
                    signal.signal(),
                    signalMonth,
                    signal.closesAt(),
                    signal.windowDays());
        }
        if (terms.couponRate() != null && !terms.couponRate().isBlank()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "a tranche's coupon is set by its signal; leave the coupon rate empty (%s given)",
                    terms.couponRate());
        }
        boolean export = signal.signal() == SeriesRates.Signal.EXPORT;
        BigDecimal base = Parameters.decimal(ledger, export ? Param.EXPORT_BASE_PCT : Param.IMPORT_BASE_PCT);
        int spreadBp = Parameters.integer(ledger, export ? Param.EXPORT_SPREAD_BP : Param.IMPORT_SPREAD_BP);
        BigDecimal spread = BigDecimal.valueOf(spreadBp).movePointLeft(2);
        BigDecimal floor = Parameters.decimal(ledger, Param.RATE_FLOOR_PCT);
        BigDecimal coupon = (export ? base.subtract(spread) : base.add(spread)).max(floor);
        String reason = String.format(
                Locale.ROOT,
                "%s signal of %s (3m average %s crossed %s 6m average %s): %s base %s%% %s %d bp = %s%%;"
                        + " window open until %s",
                signal.signal(),
                signalMonth,
                signal.average3().toPlainString(),
                export ? "above" : "below",
                signal.average6().toPlainString(),
                export ? "export" : "import",
                base.toPlainString(),
                export ? "-" : "+",
                spreadBp,
                coupon.toPlainString(),
                signal.closesAt());
        SeriesCreated created = bonds.create(caller, terms.withCouponRate(coupon.toPlainString()));
        Series s = created.series();
        Tranche tranche = new Tranche(
                s.seriesId(),
                program,
                signalMonth,
                signal.signal(),
                base,
                spreadBp,
                s.couponRate(),
                signal.closesAt(),
                reason,
                ledger.txId());
        ledger.put(BondKeys.tranche(s.seriesId()), tranche);
        ledger.emit("TrancheOpened", tranche);
        return new TrancheResult(ledger.txId(), s, tranche);
    }

    /** Units of a tranche are issued only inside its window; other series are not concerned. */
    static void requireIssuable(Ledger ledger, Series s) {
        Tranche t = ledger.find(BondKeys.tranche(s.seriesId()), Tranche.class).orElse(null);
        if (t != null && !ledger.now().isBefore(t.windowClosesAt())) {
            throw LedgerException.of(
                    ErrorCode.EXPIRED,
                    "tranche %s was opened by the %s signal of %s; its window closed at %s",
                    s.seriesId(),
                    t.signal(),
                    t.signalMonth(),
                    t.windowClosesAt());
        }
    }

    private static Program program(SeriesTerms terms) {
        String p = terms.program() == null ? "" : terms.program().strip().toUpperCase(Locale.ROOT);
        if (p.equals(Program.TRADE_EXPORT.name())) {
            return Program.TRADE_EXPORT;
        }
        if (p.equals(Program.TRADE_IMPORT.name())) {
            return Program.TRADE_IMPORT;
        }
        throw LedgerException.of(
                ErrorCode.INVALID_ARGUMENT,
                "a tranche is of program TRADE_EXPORT or TRADE_IMPORT, not '%s'",
                terms.program());
    }
}
