package io.bondbridge.client.cli;

import io.bondbridge.api.Parse;
import io.bondbridge.api.bond.TradeMonth;
import io.bondbridge.api.bond.TradePostResult;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trade post|list} (docs/CLI.md): the monthly trade data behind the indexed coupon. */
final class TradeCommands {
    private TradeCommands() {}

    @Command(
            name = "trade",
            description = "Monthly trade data behind the indexed coupon (STATISTICS posts).",
            subcommands = {Post.class, ListCommand.class})
    static final class Group {}

    @Command(name = "post", description = "Post one month of trade data (STATISTICS), month after month, once each.")
    static final class Post extends CliCommand {
        @Parameters(paramLabel = "MONTH", description = "YYYY-MM")
        String month;

        @Option(names = "--exports", required = true, paramLabel = "USD")
        String exports;

        @Option(names = "--imports", required = true, paramLabel = "USD")
        String imports;

        @Option(names = "--gdp", required = true, paramLabel = "USD")
        String gdp;

        @Option(names = "--hightech-share", paramLabel = "PCT")
        String hightechShare;

        @Override
        void run(Session s) {
            Parse.month(month, "MONTH");
            Parse.nonNegative(exports, TradeMonth.FIGURE_SCALE, "--exports");
            Parse.nonNegative(imports, TradeMonth.FIGURE_SCALE, "--imports");
            Parse.positive(gdp, TradeMonth.FIGURE_SCALE, "--gdp");
            if (hightechShare != null) {
                Parse.percent(hightechShare, "--hightech-share");
            }
            TradePostResult r = s.bridge().bonds().postTrade(month, exports, imports, gdp, hightechShare);
            s.print(r, () -> {
                s.out.printf(
                        "%s: surplus ratio %s%n", r.month().month(), r.month().surplusRatio());
                r.resets()
                        .forEach(
                                x -> s.out.printf("  %s %s -> %s%%: %s%n", x.series(), x.rule(), x.rate(), x.reason()));
                s.out.println("tx " + r.txId());
            });
        }
    }

    @Command(name = "list", description = "Every posted month with its surplus ratio.")
    static final class ListCommand extends CliCommand {
        @Override
        void run(Session s) {
            List<TradeMonth> months = s.bridge().bonds().tradeMonths();
            s.print(Map.of("months", months), () -> {
                Table t = new Table("MONTH", "EXPORTS", "IMPORTS", "GDP", "RATIO", "HIGH-TECH %");
                months.forEach(
                        m -> t.row(m.month(), m.exports(), m.imports(), m.gdp(), m.surplusRatio(), m.hightechShare()));
                t.print(s.out);
            });
        }
    }
}
