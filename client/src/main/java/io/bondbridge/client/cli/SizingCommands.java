package io.bondbridge.client.cli;

import io.bondbridge.api.Parse;
import io.bondbridge.client.bond.SizingCalculator;
import java.math.BigDecimal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sizing} (docs/CLI.md): issuance sizing indicators, computed in the client; nothing goes to the ledger. */
final class SizingCommands {
    /** Most decimal places of a sizing input. */
    private static final int SCALE = 8;

    private SizingCommands() {}

    @Command(
            name = "sizing",
            description = "Issuance sizing indicators of the credit-value theory, computed in the client.")
    static final class Sizing extends CliCommand {
        @Option(names = "--gdp", required = true, paramLabel = "X")
        String gdp;

        @Option(names = "--m2", required = true, paramLabel = "X")
        String m2;

        @Option(names = "--capacity-utilisation", required = true, paramLabel = "PCT")
        String capacity;

        @Option(names = "--reasonable-utilisation", required = true, paramLabel = "PCT")
        String reasonable;

        @Option(names = "--deficit", required = true, paramLabel = "PCT")
        String deficit;

        @Option(names = "--multiplier", required = true, paramLabel = "X")
        String multiplier;

        @Option(names = "--velocity", required = true, paramLabel = "X")
        String velocity;

        @Option(names = "--rating-coefficient", required = true, paramLabel = "X")
        String rating;

        @Option(names = "--reasonable-velocity", paramLabel = "X")
        String reasonableVelocity;

        @Option(names = "--supply-increment-rate", paramLabel = "PCT")
        String supplyRate;

        @Override
        void run(Session s) {
            SizingCalculator.Result r = SizingCalculator.compute(new SizingCalculator.Inputs(
                    number(gdp, "--gdp"),
                    number(m2, "--m2"),
                    number(capacity, "--capacity-utilisation"),
                    Session.plain(Parse.positive(reasonable, SCALE, "--reasonable-utilisation")),
                    number(deficit, "--deficit"),
                    number(multiplier, "--multiplier"),
                    number(velocity, "--velocity"),
                    number(rating, "--rating-coefficient"),
                    reasonableVelocity == null ? null : number(reasonableVelocity, "--reasonable-velocity"),
                    supplyRate == null ? null : number(supplyRate, "--supply-increment-rate")));
            s.print(r, () -> {
                s.out.printf("national credit grade C       %s%n", r.creditGrade());
                s.out.printf("Mw (multiplier x (1 - v))     %s%n", r.mw());
                s.out.printf("excess capacity coefficient   %s%n", r.excessCapacity());
                s.out.printf("excess investment money       %s%n", r.excessInvestmentMoney());
                s.out.printf(
                        "supply increment dQ           %s%n", r.supplyIncrement() == null ? "-" : r.supplyIncrement());
            });
        }

        private static BigDecimal number(String text, String what) {
            return Session.plain(Parse.nonNegative(text, SCALE, what));
        }
    }
}
