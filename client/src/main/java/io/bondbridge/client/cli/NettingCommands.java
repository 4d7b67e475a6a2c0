package io.bondbridge.client.cli;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.Parse;
import io.bondbridge.api.payment.CycleClosed;
import io.bondbridge.api.payment.FxQuote;
import io.bondbridge.api.payment.Ids;
import io.bondbridge.api.payment.NettingReport;
import io.bondbridge.api.payment.Queued;
import io.bondbridge.api.payment.SwapDrawing;
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
            description = "Create a funded swap line as its lender: you lend C1 (a currency you issue) from your"
                    + " account to the other central bank, which escrows C2 (its own) at --rate; the limit is in C1.")
    static final class Create extends CliCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--between", required = true, paramLabel = "ORG,ORG")
        String between;

        @Option(names = "--currencies", required = true, paramLabel = "C1,C2", description = "lent, then escrowed")
        String currencies;

        @Option(names = "--limit", required = true, paramLabel = "X", description = "in C1")
        String limit;

        @Option(names = "--rate", required = true, paramLabel = "R", description = "C2 escrowed per 1 C1 drawn")
        String rate;

        @Option(
                names = "--interest",
                required = true,
                paramLabel = "PCT",
                description = "percent a year on what is drawn, ACT/360")
        String interest;

        @Option(names = "--account", paramLabel = "A", description = "lent from (default: your main account)")
        String account;

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
            Parse.exchangeRate(rate, FxQuote.RATE_SCALE, "--rate");
            Parse.percent(interest, "--interest");
            print(
                    s,
                    s.bridge()
                            .payments()
                            .netting()
                            .createSwapLine(id, between, currencies, l, Session.plain(rate), interest, account));
        }
    }

    @Command(
            name = "draw",
            description = "Draw on a swap line (its drawer): the lender's C1 is paid into your account and"
                    + " X x rate of your C2 goes from it into escrow, both or neither; beyond the limit is rejected.")
    static final class Draw extends CliCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--amount", required = true, paramLabel = "X", description = "in C1")
        String amount;

        @Option(
                names = "--account",
                paramLabel = "A",
                description = "receives and escrows (default: your main account)")
        String account;

        @Override
        void run(Session s) {
            Ids.require(id, "ID");
            Amount.positive(amount, "--amount");
            print(s, s.bridge().payments().netting().draw(id, Session.plain(amount), account));
        }
    }

    @Command(
            name = "repay",
            description = "Repay part or all of a drawing (its drawer), with interest for the days drawn (ACT/360);"
                    + " its escrow comes back in proportion.")
    static final class Repay extends CliCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(
                names = "--drawing",
                paramLabel = "N",
                description = "the drawing's number (default: the oldest with something outstanding)")
        Integer drawing;

        @Option(names = "--amount", required = true, paramLabel = "X", description = "principal, in C1")
        String amount;

        @Override
        void run(Session s) {
            Ids.require(id, "ID");
            if (drawing != null && drawing < 1) {
                throw new UsageException("--drawing " + drawing + " is not a drawing number (1, 2, ...)");
            }
            Amount.positive(amount, "--amount");
            print(s, s.bridge().payments().netting().repay(id, drawing == null ? 0 : drawing, Session.plain(amount)));
        }
    }

    @Command(
            name = "show",
            description = "A swap line's terms, limit, drawn amount, availability, utilisation, escrow and drawings.")
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
            String e = v.currencies().get(1);
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
            if (v.lender() != null) {
                s.out.printf(
                        "%s lends from %s to %s at 1 %s = %s %s, interest %s%% %s; escrowed %s %s%n",
                        v.lender(),
                        v.lenderAccount(),
                        v.drawer(),
                        c,
                        v.rate().stripTrailingZeros().toPlainString(),
                        e,
                        v.interestRate().toPlainString(),
                        v.dayCount(),
                        v.escrowed(),
                        e);
            }
            if (v.drawing() != null) {
                SwapDrawing d = v.drawing();
                s.out.printf(
                        "drawing %d to %s: %s %s drawn, %s outstanding, %s %s in escrow%s%n",
                        d.number(),
                        d.account(),
                        d.principal(),
                        c,
                        d.outstanding(),
                        d.escrowed(),
                        e,
                        v.interest() == null ? "" : ", interest paid now " + v.interest() + " " + c);
            }
            if (v.drawings() != null && !v.drawings().isEmpty()) {
                Table t = new Table(
                        "DRAWING", "ACCOUNT", "DRAWN_AT", "PRINCIPAL", "OUTSTANDING", "ESCROWED", "INTEREST_PAID");
                for (SwapDrawing d : v.drawings()) {
                    t.row(
                            d.number(),
                            d.account(),
                            d.drawnAt(),
                            d.principal(),
                            d.outstanding(),
                            d.escrowed(),
                            d.interestPaid());
                }
                t.print(s.out);
            }
            if (v.txId() != null) {
                s.out.println("tx " + v.txId());
            }
        });
    }
}
