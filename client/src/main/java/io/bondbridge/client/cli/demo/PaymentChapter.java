package io.bondbridge.client.cli.demo;

import io.bondbridge.api.Amount;
import io.bondbridge.api.payment.CycleClosed;
import io.bondbridge.api.payment.NettingReport;
import io.bondbridge.client.payment.PaymentView;
import io.bondbridge.client.payment.SendRequest;
import java.time.Duration;
import java.time.Instant;

/**
 * CN-HK payments: Bank B's FX desk quotes CNY/HKD, Bank A sends a PvP payment (CNY in, HKD out, one transaction)
 * that reaches the USD 50,000 alert threshold; what Bank B, the regulator and an outsider each see of it; a replay
 * rejected; a netted batch of four payments settled by two net movements; the regulator's alerts. (Swap lines:
 * {@link SwapLineChapter}.)
 */
final class PaymentChapter implements Demo.Chapter {
    @Override
    public String title() {
        return "Cross-border payments (CN-HK)";
    }

    @Override
    public void run(Demo demo) {
        String run = Long.toString(demo.now().toEpochMilli(), 36).toUpperCase(java.util.Locale.ROOT);
        demo.as("hkcentralbank").fx().setReference("HKD", "0.1282051282");
        demo.say("the HK central bank sets 1 HKD = 0.1282051282 USD (7.80 per USD); CNY is 0.1391130154");
        demo.as("bankb").governance().openAccount("fx");
        demo.as("hkcentralbank")
                .reserves()
                .add(new io.bondbridge.api.stable.AssetSpec(
                        "HKD-CASH-HKMA",
                        "HKD",
                        io.bondbridge.api.stable.AssetClass.CASH,
                        "HKD",
                        new java.math.BigDecimal("100000000"),
                        java.math.BigDecimal.ONE,
                        null,
                        null,
                        "HKMA",
                        null));
        demo.as("hkcentralbank").stableUnits().mint("HKD", "bankb:fx", "50000000.00");
        Instant until = demo.now().plus(Duration.ofDays(1));
        var q = demo.as("bankb").payments().quote("bankb:fx", "CNY", "HKD", "1.0850", until.toString());
        demo.say(
                "Bank B's FX desk (%s, holding 50,000,000.00 HKD) publishes a standing quote: 1 CNY = %s HKD until %s",
                q.account(), q.rate().stripTrailingZeros().toPlainString(), q.validUntil());

        String pvpId = "PVP-" + run;
        SendRequest pvp = SendRequest.of(pvpId, "CN-HK", "banka:main", "bankb:main", "400000.00", "CNY")
                .withFx("HKD", "1.0850", "bankb:fx")
                .withParties("Shenzhen Battery Co", "Kowloon Trading Ltd")
                .withPurpose("GDDS", "invoice SB-2026-117");
        var sent = demo.as("banka").payments().send(pvp);
        demo.say(
                "Bank A sends PvP payment %s: 400,000.00 CNY to bankb:fx and HKD from bankb:fx to Bank B in one"
                        + " transaction: %s; at 0.1391130154 USD per CNY it is worth USD %s, so alert %s",
                pvpId,
                sent.status(),
                new java.math.BigDecimal("400000.00")
                        .multiply(new java.math.BigDecimal("0.1391130154"))
                        .setScale(2, java.math.RoundingMode.HALF_EVEN)
                        .toPlainString(),
                sent.alert() ? "raised" : "NOT raised");
        PaymentView b = demo.as("bankb").payments().show(pvpId);
        demo.say(
                "Bank B (an agent) sees: %s %s from %s to %s, settled %s %s, remittance '%s'; hash verifies: %s",
                b.amount(),
                b.currency(),
                b.debtor(),
                b.creditor(),
                b.settleAmount(),
                b.settleCurrency(),
                b.remittanceInfo(),
                Boolean.TRUE.equals(b.verified()) ? "yes" : "NO");
        PaymentView outsider = demo.as("centralbank").payments().show(pvpId);
        demo.say(
                "the central bank (not a member of %s) sees only: %s, corridor %s, alert %s, hash %s...",
                outsider.collection(),
                outsider.status(),
                outsider.corridor(),
                outsider.alert(),
                outsider.hash().substring(0, 16));
        demo.expectRejected(
                "the central bank asks for the payment's details",
                () -> demo.as("centralbank").payments().details(pvpId));
        demo.expectRejected(
                "Bank A replays " + pvpId, () -> demo.as("banka").payments().send(pvp));

        String cycle = "NET-" + run;
        demo.as("centralbank").payments().netting().open(cycle);
        demo.as("banka").governance().openAccount("ops");
        demo.as("bankb").governance().openAccount("ops");
        demo.as("banka").stableUnits().transfer("CNY", "banka:main", "banka:ops", "1000000.00");
        demo.as("banka").stableUnits().transfer("CNY", "banka:main", "bankb:ops", "1000000.00");
        demo.say("the central bank opens netting cycle %s; four CNY payments are queued into it:", cycle);
        queue(demo, "banka", cycle, "N1-" + run, "banka:main", "bankb:main", "1000000.00");
        queue(demo, "bankb", cycle, "N2-" + run, "bankb:main", "banka:ops", "800000.00");
        queue(demo, "banka", cycle, "N3-" + run, "banka:ops", "bankb:ops", "500000.00");
        queue(demo, "bankb", cycle, "N4-" + run, "bankb:ops", "banka:main", "300000.00");
        CycleClosed c = demo.as("centralbank").payments().netting().close(cycle);
        demo.say(
                "closing it settles %d payments by net positions: gross %s CNY, net %s CNY, liquidity saved %s CNY",
                c.payments(),
                money(c.gross().get("CNY")),
                money(c.net().get("CNY")),
                money(c.saved().get("CNY")));
        for (NettingReport.Position p : c.positions()) {
            demo.say("  %-15s %15s %s", p.account(), money(p.net()), p.currency());
        }

        var alerts = demo.as("regulator").payments().corridors().alerts();
        demo.say(
                "the regulator lists %d alert(s) at or above USD %s:",
                alerts.alerts().size(), alerts.thresholdUsd());
        alerts.alerts().forEach(a -> demo.say("  %s on %s: %s", a.e2eId(), a.corridor(), a.reason()));
        demo.expectRejected(
                "Bank A asks for the alert list",
                () -> demo.as("banka").payments().corridors().alerts());
    }

    private static void queue(Demo demo, String org, String cycle, String id, String from, String to, String amt) {
        var r = demo.as(org)
                .payments()
                .send(SendRequest.of(id, "CN-HK", from, to, amt, "CNY").inCycle(cycle));
        demo.say("  %s %s -> %s %s CNY: %s", id, from, to, money(Amount.parseExact(amt)), r.status());
    }

    private static String money(Amount a) {
        return String.format(java.util.Locale.ROOT, "%,.2f", a.toBigDecimal());
    }
}
