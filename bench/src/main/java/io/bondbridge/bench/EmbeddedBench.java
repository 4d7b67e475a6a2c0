package io.bondbridge.bench;

import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.embedded.EmbeddedLedger;
import java.math.BigDecimal;
import java.time.Instant;

/** What the embedded-ledger benches share: their setup records, an org acting at a time, and the percentile. */
final class EmbeddedBench {
    private EmbeddedBench() {}

    /** One billion CNY of cash in the reserve, so the benches can mint all the stable units they need. */
    static AssetSpec cnyCash() {
        return new AssetSpec(
                "CASH",
                null,
                AssetClass.CASH,
                "CNY",
                new BigDecimal("1000000000"),
                BigDecimal.ONE,
                null,
                null,
                null,
                null);
    }

    /** A five-year 2.50% fixed CNY series at 100.00, semi-annual, with {@code maxSupply} units at most. */
    static SeriesTerms cnySeries(String series, String maxSupply) {
        return new SeriesTerms(
                series,
                "CNY",
                "100.00",
                "FIXED",
                "2.50",
                2,
                "2026-01-01",
                "2031-01-01",
                "ACT/365F",
                maxSupply,
                null,
                null,
                null);
    }

    /** The embedded benchmarks' ledger clock starts here. */
    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    /**
     * The bond benchmarks' common start on {@code ledger}: participants registered, a CNY cash reserve, 100,000,000
     * CNY minted to {@code banka:main}, and the series {@code series} (up to {@code maxSupply} units) created.
     * Returns the issuer (the central bank), acting at the clock's next tick.
     */
    static BondBridge issuerWithSeries(EmbeddedLedger ledger, Instant[] clock, String series, String maxSupply) {
        as(ledger, "centralbank", clock[0]).governance().init();
        BondBridge cb = as(ledger, "centralbank", tick(clock));
        cb.reserves().add(cnyCash());
        cb.stableUnits().mint("CNY", "banka:main", "100000000.00");
        cb.bonds().create(cnySeries(series, maxSupply));
        return cb;
    }

    /** Moves the clock a minute on and returns it: each setup step gets its own tx time. */
    static Instant tick(Instant[] clock) {
        clock[0] = clock[0].plusSeconds(60);
        return clock[0];
    }

    static BondBridge as(EmbeddedLedger ledger, String org, Instant at) {
        return BondBridge.open(ledger.transport(org).at(at));
    }

    /** The nearest-rank percentile {@code q} (0 to 1) of sorted values. */
    static double percentile(double[] sorted, double q) {
        return sorted[(int) Math.ceil(sorted.length * q) - 1];
    }
}
