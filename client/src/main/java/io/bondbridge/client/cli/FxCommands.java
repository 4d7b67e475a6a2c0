package io.bondbridge.client.cli;

import io.bondbridge.api.Currencies;
import io.bondbridge.api.Parse;
import io.bondbridge.api.governance.ReferenceRate;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fx reference}. */
final class FxCommands {
    private FxCommands() {}

    @Command(
            name = "fx",
            description = "USD reference rates.",
            subcommands = {Reference.class})
    static final class Group {}

    @Command(
            name = "reference",
            description =
                    "Set the USD value of one unit of a currency (its issuer or the regulator), or show it and its history.")
    static final class Reference extends CliCommand {
        @Parameters(paramLabel = "CURRENCY")
        String currency;

        @Option(names = "--usd", paramLabel = "RATE", description = "USD value of one unit, e.g. 0.1391130154 for CNY")
        String usd;

        @Override
        void run(Session s) {
            Currencies.require(currency);
            if (usd != null) {
                Parse.exchangeRate(usd, ReferenceRate.SCALE, "--usd");
                String rate = Session.plain(usd);
                ReferenceRate r = s.bridge().fx().setReference(currency, rate);
                s.print(r, () -> {
                    s.out.printf(
                            "1 %s = %s USD (set by %s at %s)%n",
                            r.currency(), r.usd().toPlainString(), r.setBy(), r.at());
                    s.out.println("tx " + r.txId());
                });
                return;
            }
            ReferenceRate r = s.bridge().fx().reference(currency);
            List<ReferenceRate> history = s.bridge().fx().history(currency);
            var json = Session.object(r);
            json.add("history", Session.object(Map.of("h", history)).get("h"));
            s.print(json, () -> {
                s.out.printf("1 %s = %s USD%n", r.currency(), r.usd().toPlainString());
                Table t = new Table("SET AT", "USD", "BY", "TX");
                for (ReferenceRate h : history) {
                    t.row(h.at(), h.usd().toPlainString(), h.setBy(), h.txId());
                }
                t.print(s.out);
            });
        }
    }
}
