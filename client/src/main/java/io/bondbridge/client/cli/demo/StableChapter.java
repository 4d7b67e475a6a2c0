package io.bondbridge.client.cli.demo;

import io.bondbridge.api.Amount;
import io.bondbridge.api.audit.StressResult;
import io.bondbridge.api.audit.StressScenario;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.api.stable.Composition;
import io.bondbridge.api.stable.ReservePolicy;
import io.bondbridge.client.audit.MerkleProofs;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reserve-backed CNY: custodians record the reserve (cash, bills, a government bond, a USD deposit), the central
 * bank sets the policy and mints to the banks, a transfer, a mint the reserve cannot cover is rejected, a
 * redemption, then the auditor's view (composition, digest, a proof) and a +100 bp stress test.
 */
final class StableChapter implements Demo.Chapter {
    @Override
    public String title() {
        return "Reserve-backed stable units (CNY)";
    }

    @Override
    public void run(Demo demo) {
        LocalDate today = LocalDate.ofInstant(demo.now(), ZoneOffset.UTC);
        demo.as("centralbank").fx().setReference("CNY", "0.1391130154");
        demo.say("the central bank sets the USD reference rate of CNY: 1 CNY = 0.1391130154 USD (7.1884 per USD)");

        String statement = sha256("PBOC custody statement " + today);
        var r = demo.as("centralbank")
                .reserves()
                .addAll(List.of(
                        new AssetSpec(
                                "CNY-CASH-PBOC",
                                "CNY",
                                AssetClass.CASH,
                                "CNY",
                                new BigDecimal("20000000000"),
                                BigDecimal.ONE,
                                null,
                                null,
                                "PBOC",
                                statement),
                        new AssetSpec(
                                "CGB-BILL-91D",
                                "CNY",
                                AssetClass.TBILL,
                                "CNY",
                                new BigDecimal("50000000000"),
                                new BigDecimal("0.9958"),
                                today.plusDays(91),
                                null,
                                "MOF-CN",
                                statement),
                        new AssetSpec(
                                "CGB-BILL-28D",
                                "CNY",
                                AssetClass.TBILL,
                                "CNY",
                                new BigDecimal("30000000000"),
                                new BigDecimal("0.9987"),
                                today.plusDays(28),
                                null,
                                "MOF-CN",
                                statement),
                        new AssetSpec(
                                "CGB-2Y",
                                "CNY",
                                AssetClass.GOV_BOND,
                                "CNY",
                                new BigDecimal("8000000000"),
                                new BigDecimal("1.0125"),
                                today.plusYears(2),
                                null,
                                "MOF-CN",
                                statement)));
        demo.say(
                "the central bank, as custodian, records 4 CNY reserve assets (cash, 91-day and 28-day bills,"
                        + " a 2-year bond): %s CNY, attested with statement %s...",
                money(r.reserveValue()), statement.substring(0, 16));
        var usd = demo.as("hkcentralbank")
                .reserves()
                .add(new AssetSpec(
                        "USD-DEP-HK",
                        "CNY",
                        AssetClass.FX_DEPOSIT,
                        "USD",
                        new BigDecimal("500000000"),
                        BigDecimal.ONE,
                        null,
                        null,
                        "HK Exchange Fund",
                        sha256("HK custody statement " + today)));
        demo.say(
                "the HK central bank, as custodian, records a USD 500m deposit backing CNY; reserve now %s CNY",
                money(usd.reserveValue()));

        var policy = demo.as("centralbank")
                .reserves()
                .setPolicy(
                        "CNY",
                        new ReservePolicy.PolicyChange(
                                new BigDecimal("1.00"),
                                null,
                                null,
                                Map.of(AssetClass.GOV_BOND, new BigDecimal("0.15")),
                                null,
                                null,
                                new BigDecimal("0.90"),
                                93));
        demo.say(
                "the central bank sets the CNY reserve policy: coverage >= %s after haircuts, >= %s within 1 year,"
                        + " bonds <= %s, bills <= %d days",
                pct(policy.policy().minCoverage()),
                pct(policy.policy().minShortShare()),
                pct(policy.policy().maxClassWeight().get(AssetClass.GOV_BOND)),
                policy.policy().maxBillDays());

        var a = demo.as("centralbank").stableUnits().mint("CNY", "banka:main", "60000000000.00");
        var b = demo.as("centralbank").stableUnits().mint("CNY", "bankb:main", "40000000000.00");
        demo.say(
                "it mints %s CNY to Bank A and %s CNY to Bank B: %s CNY outstanding, checked against reserve digest"
                        + " %s...",
                money(a.amount()),
                money(b.amount()),
                money(demo.as("centralbank").stableUnits().supply("CNY").unitsOutstanding()),
                b.reserveDigest().substring(0, 16));
        var t = demo.as("banka").stableUnits().transfer("CNY", "banka:main", "bankb:main", "2500000000.00");
        demo.say(
                "Bank A pays Bank B %s CNY (Bank A now %s, Bank B %s)",
                money(t.amount()), money(t.fromBalance()), money(t.toBalance()));
        demo.expectRejected(
                "the central bank tries to mint 15,000,000,000.00 CNY more than the reserve covers",
                () -> demo.as("centralbank").stableUnits().mint("CNY", "banka:main", "15000000000.00"));
        demo.expectRejected(
                "Bank A tries to mint CNY", () -> demo.as("banka").stableUnits().mint("CNY", "banka:main", "1.00"));
        var redeemed = demo.as("bankb").stableUnits().redeem("CNY", "bankb:main", "1000000000.00");
        demo.say(
                "Bank B redeems %s CNY: burned, payout instruction %s... to %s (%s)",
                money(redeemed.amount()),
                redeemed.payout().id().substring(0, 12),
                redeemed.payout().payer(),
                redeemed.payout().status());

        Composition c = demo.as("regulator").audit().reserves("CNY", null, "CGB-BILL-91D");
        demo.say(
                "the regulator audits the CNY reserve: %s units outstanding, reserve %s (%s after haircuts),"
                        + " coverage %s",
                money(c.unitsOutstanding()),
                money(c.reserveValue()),
                money(c.reserveValueAfterHaircuts()),
                c.coverage());
        c.byClass()
                .forEach((k, v) -> demo.say(
                        "  %-18s %22s  %s",
                        k, money(v), pct(c.weights().get("class").get(k))));
        for (String k : Composition.MATURITY_BUCKETS) {
            demo.say(
                    "  maturity %-9s %22s  %s",
                    k,
                    money(c.byMaturity().get(k)),
                    pct(c.weights().get("maturity").get(k)));
        }
        demo.say(
                "  digest %s; inclusion proof of CGB-BILL-91D (%d steps) verifies: %s",
                c.digest(),
                c.proof().path().size(),
                MerkleProofs.verify(c.proof()) && c.proof().root().equals(c.digest()) ? "yes" : "NO");

        StressResult s = demo.as("regulator").audit().stress("CNY", new StressScenario(100, null, null, null));
        demo.say(
                "stress +100 bp: coverage %s -> %s (bills and bonds lose %s CNY); breaches: %s",
                s.coverageBefore(),
                s.coverageAfter(),
                money(s.reserveValueBefore().minus(s.reserveValueAfter())),
                s.breaches().isEmpty() ? "none" : String.join(", ", s.breaches()));
        StressResult run = demo.as("regulator")
                .audit()
                .stress(
                        "CNY",
                        new StressScenario(100, Map.of("USD", new BigDecimal("-10")), null, new BigDecimal("30")));
        demo.say(
                "stress +100 bp, USD -10%%, 30%% redemption run: coverage %s -> %s; breaches: %s",
                run.coverageBefore(),
                run.coverageAfter(),
                run.breaches().isEmpty() ? "none" : String.join(", ", run.breaches()));
    }

    private static String money(Amount a) {
        return String.format(java.util.Locale.ROOT, "%,.2f", a.toBigDecimal());
    }

    private static String pct(BigDecimal ratio) {
        return ratio == null
                ? "-"
                : ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
