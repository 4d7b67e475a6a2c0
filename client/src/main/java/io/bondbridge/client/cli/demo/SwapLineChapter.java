package io.bondbridge.client.cli.demo;

import io.bondbridge.api.Amount;
import io.bondbridge.api.payment.SwapLineView;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/**
 * A funded swap line: the PBOC mints CNY it has reserves for into a swap account and lends from it; the HKMA draws
 * 600m CNY, which arrive in its account while 652.2m of its HKD go into escrow in the same transaction; a draw past
 * the limit is rejected; 90 days later the HKMA repays 240m with ACT/360 interest and gets its escrow back pro rata.
 *
 * <p>By hand: escrow 600,000,000.00 x 1.0870 = 652,200,000.00 HKD; interest 240,000,000.00 x 2.50% x 90/360 =
 * 1,500,000.00 CNY; escrow back 652,200,000.00 x 240/600 = 260,880,000.00 HKD.
 */
final class SwapLineChapter implements Demo.Chapter {
    @Override
    public String title() {
        return "A funded swap line (PBOC lends CNY to the HKMA)";
    }

    @Override
    public void run(Demo demo) {
        String run = Long.toString(demo.now().toEpochMilli(), 36).toUpperCase(Locale.ROOT);
        // Each side first holds the units it will deliver, minted through the reserve coverage check.
        demo.as("centralbank").reserves().add(cash("CNY-CASH-SWAP-" + run, "CNY", "1000000000", "PBOC"));
        demo.as("centralbank").governance().openAccount("swap-" + run.toLowerCase(Locale.ROOT));
        String swapAccount = "centralbank:swap-" + run.toLowerCase(Locale.ROOT);
        demo.as("centralbank").stableUnits().mint("CNY", swapAccount, "1000000000.00");
        demo.as("hkcentralbank").reserves().add(cash("HKD-CASH-SWAP-" + run, "HKD", "700000000", "HKMA"));
        demo.as("hkcentralbank").stableUnits().mint("HKD", "hkcentralbank:main", "700000000.00");
        demo.say(
                "the PBOC adds a 1bn CNY cash reserve and mints 1,000,000,000.00 CNY into %s; the HKMA mints"
                        + " 700,000,000.00 HKD into its main account (both checked against reserve coverage)",
                swapAccount);

        String line = "SWAP-" + run;
        demo.as("centralbank")
                .payments()
                .netting()
                .createSwapLine(
                        line, "centralbank,hkcentralbank", "CNY,HKD", "1000000000.00", "1.0870", "2.50", swapAccount);
        demo.say(
                "PBOC opens swap line %s to the HKMA: limit 1bn CNY, 1 CNY = 1.0870 HKD escrowed, 2.50%% a year"
                        + " ACT/360",
                line);

        SwapLineView d = demo.as("hkcentralbank").payments().netting().draw(line, "600000000.00", null);
        demo.say(
                "HKMA draws 600m CNY (drawing %d): utilisation %s%%, %s CNY available; %s HKD of its own in escrow",
                d.drawing().number(),
                d.utilisation().movePointRight(2).stripTrailingZeros().toPlainString(),
                money(d.available()),
                money(d.escrowed()));
        balances(demo, swapAccount);
        demo.expectRejected(
                "HKMA draws another 400,000,000.01 CNY",
                () -> demo.as("hkcentralbank").payments().netting().draw(line, "400000000.01", null));
        demo.expectRejected(
                "the PBOC draws on the line it lends on",
                () -> demo.as("centralbank").payments().netting().draw(line, "1.00", null));

        demo.at(demo.now().plus(Duration.ofDays(90)));
        SwapLineView r = demo.as("hkcentralbank").payments().netting().repay(line, 1, "240000000.00");
        demo.say(
                "90 days later HKMA repays 240m CNY of drawing 1 with %s CNY interest (240m x 2.50%% x 90/360);"
                        + " %s HKD of escrow come back; %s CNY still drawn",
                money(r.interest()),
                money(Amount.parseExact("652200000.00").minus(r.drawing().escrowed())),
                money(r.drawn()));
        balances(demo, swapAccount);
    }

    private static void balances(Demo demo, String swapAccount) {
        var units = demo.as("regulator").stableUnits();
        demo.say(
                "  %s %s CNY; hkcentralbank:main %s CNY and %s HKD",
                swapAccount,
                money(units.balance("CNY", swapAccount).balance()),
                money(units.balance("CNY", "hkcentralbank:main").balance()),
                money(units.balance("HKD", "hkcentralbank:main").balance()));
    }

    private static AssetSpec cash(String id, String currency, String quantity, String issuer) {
        return new AssetSpec(
                id,
                currency,
                AssetClass.CASH,
                currency,
                new BigDecimal(quantity),
                BigDecimal.ONE,
                null,
                null,
                issuer,
                null);
    }

    private static String money(Amount a) {
        return String.format(Locale.ROOT, "%,.2f", a.toBigDecimal());
    }
}
