package io.bondbridge.client.cli.demo;

import io.bondbridge.api.Amount;
import io.bondbridge.api.bond.DisburseResult;
import io.bondbridge.api.bond.Proceeds;
import java.util.Locale;
import java.util.Map;

/**
 * Earmarked proceeds, told inside the bond chapter right after the primary issue: the export bond's cash sits in
 * its proceeds account, the treasury disburses it to the uses the TRADE_EXPORT program allows (each with its
 * reference), a use outside the program and a plain transfer out are rejected, and {@code bond show} reports raised,
 * disbursed by use and unspent.
 */
final class ProceedsChapter {
    private final String series;

    ProceedsChapter(String series) {
        this.series = series;
    }

    void tell(Demo demo) {
        Proceeds p = demo.as("regulator").bonds().show(series).proceeds();
        demo.say(
                "the issue cash, %s CNY, sits in %s: earmarked, it leaves only by a disbursement for %s",
                money(p.raised()), p.account(), p.uses());
        DisburseResult nev = demo.as("centralbank")
                .bonds()
                .disburse(series, "bankb:main", "30000000.00", "NEW_ENERGY_VEHICLES", "NEV-PLANT-LOAN-001");
        DisburseResult battery = demo.as("centralbank")
                .bonds()
                .disburse(series, "bankb:main", "10000000.00", "LITHIUM_BATTERIES", "BATTERY-LINE-7");
        demo.say(
                "the treasury disburses %s CNY for %s (ref %s) and %s CNY for %s (ref %s) to Bank B, which lends"
                        + " them on",
                money(nev.disbursement().amount()),
                nev.disbursement().use(),
                nev.disbursement().reference(),
                money(battery.disbursement().amount()),
                battery.disbursement().use(),
                battery.disbursement().reference());
        demo.expectRejected(
                "the treasury tries to disburse 1,000,000.00 CNY of export-bond proceeds for CHIP_EQUIPMENT",
                () -> demo.as("centralbank")
                        .bonds()
                        .disburse(series, "bankb:main", "1000000.00", "CHIP_EQUIPMENT", "CHIP-FAB-9"));
        demo.expectRejected(
                "the treasury tries a plain transfer of 1.00 CNY out of the proceeds account",
                () -> demo.as("centralbank").stableUnits().transfer("CNY", p.account(), "centralbank:main", "1.00"));
        Proceeds after = demo.as("regulator").bonds().show(series).proceeds();
        StringBuilder byUse = new StringBuilder();
        for (Map.Entry<String, Amount> e : after.disbursed().entrySet()) {
            byUse.append(byUse.length() == 0 ? "" : ", ")
                    .append(e.getKey())
                    .append(' ')
                    .append(money(e.getValue()));
        }
        demo.say(
                "bond show %s: raised %s, disbursed %s, unspent %s CNY",
                series, money(after.raised()), byUse, money(after.unspent()));
    }

    private static String money(Amount a) {
        return String.format(Locale.ROOT, "%,.2f", a.toBigDecimal());
    }
}
