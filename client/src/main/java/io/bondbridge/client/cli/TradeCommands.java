package io.bondbridge.client.cli;

import io.bondbridge.api.Parse;
import io.bondbridge.api.bond.IndexKind;
import io.bondbridge.api.bond.SectorFigure;
import io.bondbridge.api.bond.SectorPostResult;
import io.bondbridge.api.bond.SeriesRates;
import io.bondbridge.api.bond.TradeMonth;
import io.bondbridge.api.bond.TradePostResult;
import io.bondbridge.api.bond.TradeSignal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code trade post|list|signals|sector-post|sector} (docs/CLI.md): the monthly trade data behind the indexed coupon,
 * the crossover signals it stored, and the sector indexes.
 */
final class TradeCommands {
    private TradeCommands() {}

    @Command(
            name = "trade",
            description = "Monthly trade data behind the indexed coupon (STATISTICS posts).",
            subcommands = {Post.class, ListCommand.class, Signals.class, SectorPost.class, Sector.class})
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
                if (r.signal() != null) {
                    s.out.println("  " + signalLine(r.signal()));
                }
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

    static String signalLine(TradeSignal g) {
        return String.format(
                Locale.ROOT,
                "signal %s at %s: 3m avg %s crossed %s 6m avg %s; %s tranche window open until %s",
                g.signal(),
                g.month(),
                g.average3(),
                g.signal() == SeriesRates.Signal.EXPORT ? "above" : "below",
                g.average6(),
                g.program(),
                g.closesAt());
    }

    @Command(name = "signals", description = "Every stored crossover signal and the tranche window it opened.")
    static final class Signals extends CliCommand {
        @Override
        void run(Session s) {
            List<TradeSignal> signals = s.bridge().bonds().signals();
            s.print(Map.of("signals", signals), () -> {
                Table t = new Table("MONTH", "SIGNAL", "PROGRAM", "3M AVG", "6M AVG", "WINDOW CLOSES");
                signals.forEach(
                        g -> t.row(g.month(), g.signal(), g.program(), g.average3(), g.average6(), g.closesAt()));
                t.print(s.out);
            });
        }
    }

    @Command(
            name = "sector-post",
            description = "Post one month of a sector index (STATISTICS): market share or import growth, percent.")
    static final class SectorPost extends CliCommand {
        @Parameters(index = "0", paramLabel = "KIND", description = "MARKET_SHARE or IMPORT_GROWTH")
        IndexKind kind;

        @Parameters(index = "1", paramLabel = "SECTOR", description = "e.g. EV, GUANGDONG")
        String sector;

        @Parameters(index = "2", paramLabel = "MONTH", description = "YYYY-MM")
        String month;

        @Option(names = "--value", required = true, paramLabel = "PCT", description = "growth may be negative")
        String value;

        @Override
        void run(Session s) {
            Parse.month(month, "MONTH");
            Parse.decimal(value, TradeMonth.FIGURE_SCALE, "--value");
            SectorPostResult r = s.bridge().bonds().postSector(kind, sector, month, Session.plain(value));
            s.print(r, () -> {
                s.out.printf(
                        "%s %s %s: %s%%%n",
                        r.figure().kind(),
                        r.figure().sector(),
                        r.figure().month(),
                        r.figure().value().toPlainString());
                r.resets()
                        .forEach(
                                x -> s.out.printf("  %s %s -> %s%%: %s%n", x.series(), x.rule(), x.rate(), x.reason()));
                s.out.println("tx " + r.txId());
            });
        }
    }

    @Command(name = "sector", description = "Every posted month of a sector index.")
    static final class Sector extends CliCommand {
        @Parameters(index = "0", paramLabel = "KIND", description = "MARKET_SHARE or IMPORT_GROWTH")
        IndexKind kind;

        @Parameters(index = "1", paramLabel = "SECTOR")
        String sector;

        @Override
        void run(Session s) {
            List<SectorFigure> figures = s.bridge().bonds().sectorFigures(kind, sector);
            s.print(Map.of("figures", figures), () -> {
                Table t = new Table("MONTH", "VALUE %", "POSTED BY");
                figures.forEach(f -> t.row(f.month(), f.value().toPlainString(), f.postedBy()));
                t.print(s.out);
            });
        }
    }
}
