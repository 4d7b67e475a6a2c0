package io.bondbridge.client.cli;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.payment.CycleClosed;
import io.bondbridge.api.payment.Ids;
import io.bondbridge.api.payment.NettingReport;
import io.bondbridge.api.payment.Queued;
import io.bondbridge.api.payment.SwapLineView;
import io.bondbridge.client.payment.NettingClient;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netting open|close|show} and {@code swapline create|draw|repay|show}. */
final class NettingCommands {
    private NettingCommands() {}

    @Command(
            name = "netting",
            description = "Multilateral netting cycles, operated by a central bank.",
            subcommands = {Open.class, Close.class, Show.class})
    static final class Group {}

    @Command(
            name = "swapline",
            description = "Currency swap lines between central banks.",
            subcommands = {Create.class, Draw.class, Repay.class, SwapShow.class})
    static final class SwapGroup {}

    @Command(name = "open", description = "Open a netting cycle; you become its operator (central bank).")
    static final class Open extends CliCommand {
        @Parameters(paramLabel = "CYCLE")
        String cycle;

        @Override
        void run(Session s) {
            Ids.require(cycle, "CYCLE");
            NettingClient.Opened o = s.bridge().payments().netting().open(cycle);
            s.print(
                    Map.of(
                            "txId",
                            o.txId(),
                            "cycle",
                            o.cycle().id(),
                            "operator",
                            o.cycle().operator()),
                    () -> s.out.printf(
                            "netting cycle %s open, operator %s%ntx %s%n",
                            o.cycle().id(), o.cycle().operator(), o.txId()));
        }
    }

    @Command(
            name = "close",
            description = "Settle the net positions of the queued payments (the operator): all of"
                    + " them or nothing; prints gross vs net.")
    static final class Close extends CliCommand {
        @Parameters(paramLabel = "CYCLE")
        String cycle;

        @Override
        void run(Session s) {
            Ids.require(cycle, "CYCLE");
            CycleClosed c = s.bridge().payments().netting().close(cycle);
            s.print(c, () -> {
                s.out.printf(
                        "cycle %s closed: %d payment(s) settled by their net positions%n", c.cycle(), c.payments());
                Table t = new Table("CURRENCY", "GROSS", "NET", "SAVED");
                for (Map.Entry<String, Amount> g : c.gross().entrySet()) {
                    t.row(
                            g.getKey(),
                            g.getValue(),
                            c.net().get(g.getKey()),
                            c.saved().get(g.getKey()));
                }
                t.print(s.out);
                Table p = new Table("ACCOUNT", "CURRENCY", "NET POSITION");
                for (NettingReport.Position pos : c.positions()) {
                    p.row(pos.account(), pos.currency(), pos.net());
                }
                p.print(s.out);
                s.out.println("tx " + c.txId());
            });
        }
    }

    @Command(name = "show", description = "A cycle, its status and its queued interbank legs.")
    static final class Show extends CliCommand {
        @Parameters(paramLabel = "CYCLE")
        String cycle;

        @Override
        void run(Session s) {
            Ids.require(cycle, "CYCLE");
            NettingClient.CycleView v = s.bridge().payments().netting().show(cycle);
            s.print(v, () -> {
                s.out.printf(
                        "cycle %s: %s, operator %s, opened %s%n",
                        v.cycle().id(),
                        v.cycle().status(),
                        v.cycle().operator(),
                        v.cycle().openedAt());
                Table t = new Table("E2E_ID", "FROM", "TO", "AMOUNT", "CURRENCY");
                for (Queued q : v.queue()) {
                    t.row(q.e2eId(), q.from(), q.to(), q.amount(), q.currency());
                }
                t.print(s.out);
            });
        }
    }

    @Command(
            name = "create",
            description = "Create a swap line between two central banks, one of them you;"
                    + " the limit is in the first currency.")
    static final class Create extends CliCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--between", required = true, paramLabel = "ORG,ORG")
        String between;

        @Option(names = "--currencies", required = true, paramLabel = "C1,C2")
        String currencies;

        @Option(names = "--limit", required = true, paramLabel = "X")
        String limit;

        @Override
        void run(Session s) {
            Ids.require(id, "ID");
            if (between.split(",").length != 2) {
                throw new UsageException("--between '" + between + "' is not of the form ORG,ORG");
            }
            String[] cs = currencies.split(",");
            if (cs.length != 2) {
                throw new UsageException("--currencies '" + currencies + "' is not of the form C1,C2");
            }
            Currencies.require(cs[0]);
            Currencies.require(cs[1]);
            String l = StableCommands.amount(limit, cs[0], "--limit");
            print(s, s.bridge().payments().netting().createSwapLine(id, between, currencies, l));
        }
    }

    /** Draw and repay take the same arguments. */
    abstract static class Change extends CliCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--amount", required = true, paramLabel = "X", description = "in the limit's currency")
        String amount;

        @Override
        void run(Session s) {
            Ids.require(id, "ID");
            Amount.positive(amount, "--amount");
            String a = Session.plain(amount);
            print(s, apply(s.bridge().payments().netting(), a));
        }

        abstract SwapLineView apply(NettingClient netting, String amount);
    }

    @Command(name = "draw", description = "Draw on a swap line (either party); beyond the limit is rejected.")
    static final class Draw extends Change {
        @Override
        SwapLineView apply(NettingClient netting, String a) {
            return netting.draw(id, a);
        }
    }

    @Command(name = "repay", description = "Repay drawings on a swap line (either party).")
    static final class Repay extends Change {
        @Override
        SwapLineView apply(NettingClient netting, String a) {
            return netting.repay(id, a);
        }
    }

    @Command(name = "show", description = "A swap line's limit, drawn amount, availability and utilisation.")
    static final class SwapShow extends CliCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        void run(Session s) {
            Ids.require(id, "ID");
            print(s, s.bridge().payments().netting().swapLine(id));
        }
    }

    static void print(Session s, SwapLineView v) {
        s.print(v, () -> {
            String c = v.currencies().get(0);
            s.out.printf(
                    "swap line %s between %s (%s): limit %s %s, drawn %s, available %s, utilisation %s%%%n",
                    v.id(),
                    String.join(" and ", v.parties()),
                    String.join("/", v.currencies()),
                    v.limit(),
                    c,
                    v.drawn(),
                    v.available(),
                    v.utilisation().movePointRight(2).stripTrailingZeros().toPlainString());
            if (v.txId() != null) {
                s.out.println("tx " + v.txId());
            }
        });
    }
}
