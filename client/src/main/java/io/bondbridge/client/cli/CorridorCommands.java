package io.bondbridge.client.cli;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.Parse;
import io.bondbridge.api.governance.ReferenceRate;
import io.bondbridge.api.payment.Alert;
import io.bondbridge.api.payment.Block;
import io.bondbridge.api.payment.Corridor;
import io.bondbridge.api.payment.DailyUsage;
import io.bondbridge.api.payment.Ids;
import io.bondbridge.api.payment.Parameter;
import io.bondbridge.client.payment.CorridorClient;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corridor list|set|usage}, {@code blocklist add|remove|list}, {@code alerts list|threshold}. */
final class CorridorCommands {
    private CorridorCommands() {}

    @Command(
            name = "corridor",
            description = "Payment corridors between jurisdictions, with daily limits.",
            subcommands = {ListCommand.class, Set.class, Usage.class})
    static final class Group {}

    @Command(
            name = "blocklist",
            description = "The regulator's block list: blocked participants cannot pay or be" + " paid.",
            subcommands = {BlockAdd.class, BlockRemove.class, BlockList.class})
    static final class BlockGroup {}

    @Command(
            name = "alerts",
            description = "Payment compliance alerts (regulator and auditor).",
            subcommands = {Alerts.class, Threshold.class})
    static final class AlertGroup {}

    /** A USD amount as sent: checked ({@link Amount#positive}) and in plain form. */
    static String usd(String text, String what) {
        Amount.positive(text, ReferenceRate.USD, what);
        return Session.plain(text);
    }

    @Command(name = "list", description = "Corridors (stored and built-in defaults).")
    static final class ListCommand extends CliCommand {
        @Override
        void run(Session s) {
            List<Corridor> corridors = s.bridge().payments().corridors().list();
            s.print(Map.of("corridors", corridors), () -> {
                Table t = new Table("ID", "JURISDICTIONS", "CURRENCIES", "DAILY LIMIT USD", "SET BY");
                for (Corridor c : corridors) {
                    t.row(
                            c.id(),
                            String.join(",", c.jurisdictions()),
                            c.currencies().isEmpty() ? "any" : String.join(",", c.currencies()),
                            c.dailyLimitUsd() == null ? "none" : c.dailyLimitUsd(),
                            c.setBy() == null ? "(default)" : c.setBy());
                }
                t.print(s.out);
            });
        }
    }

    @Command(name = "set", description = "Create or replace a corridor (central bank or regulator).")
    static final class Set extends CliCommand {
        @Parameters(paramLabel = "ID", description = "e.g. CN-HK")
        String id;

        @Option(
                names = "--jurisdictions",
                required = true,
                paramLabel = "J1,J2[,J3...]",
                description = "two or more ISO 3166 codes; a payment between any two of them may use it")
        String jurisdictions;

        @Option(names = "--currencies", paramLabel = "C1,C2", description = "currencies it carries (default: any)")
        String currencies;

        @Option(
                names = "--daily-limit-usd",
                paramLabel = "X",
                description = "USD equivalent per UTC day (default:" + " no limit)")
        String limit;

        @Override
        void run(Session s) {
            Ids.require(id, "ID");
            if (!jurisdictions.matches("[A-Z]{2}(,[A-Z]{2})+")) {
                throw new UsageException(
                        "--jurisdictions '" + jurisdictions + "' is not of the form CN,HK or CN,KZ,RU");
            }
            if (currencies != null) {
                for (String c : currencies.split(",")) {
                    Currencies.require(c.strip());
                }
            }
            String l = limit == null ? null : usd(limit, "--daily-limit-usd");
            Corridor c = s.bridge().payments().corridors().set(id, jurisdictions, currencies, l);
            s.print(Map.of("txId", c.txId(), "corridor", c), () -> {
                s.out.printf(
                        "corridor %s: %s, currencies %s, daily limit %s%n",
                        c.id(),
                        String.join("-", c.jurisdictions()),
                        c.currencies().isEmpty() ? "any" : c.currencies(),
                        c.dailyLimitUsd() == null ? "none" : "USD " + c.dailyLimitUsd());
                s.out.println("tx " + c.txId());
            });
        }
    }

    @Command(name = "usage", description = "What a corridor carried on a UTC day (USD equivalent).")
    static final class Usage extends CliCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--day", paramLabel = "DATE")
        String day;

        @Override
        void run(Session s) {
            Ids.require(id, "ID");
            String d = day == null ? null : Parse.date(day, "--day").toString();
            DailyUsage u = s.bridge().payments().usage(id, d);
            s.print(
                    u,
                    () -> s.out.printf(
                            "%s on %s: USD %s in %d payment(s)%n", u.corridor(), u.day(), u.usedUsd(), u.payments()));
        }
    }

    @Command(name = "add", description = "Block a participant (regulator).")
    static final class BlockAdd extends CliCommand {
        @Parameters(paramLabel = "ORG")
        String org;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        void run(Session s) {
            if (reason.isBlank()) {
                throw new UsageException("--reason must not be empty");
            }
            Block b = s.bridge().payments().corridors().block(org, reason);
            s.print(b, () -> s.out.printf("%s blocked: %s%ntx %s%n", b.mspId(), b.reason(), b.txId()));
        }
    }

    @Command(name = "remove", description = "Lift a participant's block (regulator).")
    static final class BlockRemove extends CliCommand {
        @Parameters(paramLabel = "ORG")
        String org;

        @Override
        void run(Session s) {
            CorridorClient c = s.bridge().payments().corridors();
            Block b = c.unblock(org);
            s.print(Map.of("mspId", b.mspId(), "unblocked", true), () -> s.out.printf("%s unblocked%n", b.mspId()));
        }
    }

    @Command(name = "list", description = "Blocked participants.")
    static final class BlockList extends CliCommand {
        @Override
        void run(Session s) {
            List<Block> blocked = s.bridge().payments().corridors().blocked();
            s.print(Map.of("blocked", blocked), () -> {
                Table t = new Table("PARTICIPANT", "SINCE", "BY", "REASON");
                for (Block b : blocked) {
                    t.row(b.mspId(), b.at(), b.by(), b.reason());
                }
                t.print(s.out);
            });
        }
    }

    @Command(name = "list", description = "Payments at or above the USD alert threshold (regulator and auditor).")
    static final class Alerts extends CliCommand {
        @Override
        void run(Session s) {
            CorridorClient.Alerts a = s.bridge().payments().corridors().alerts();
            s.print(a, () -> {
                s.out.printf(
                        "threshold USD %s; %d alert(s)%n",
                        a.thresholdUsd(), a.alerts().size());
                Table t = new Table("E2E_ID", "CORRIDOR", "AT", "REASON");
                for (Alert al : a.alerts()) {
                    t.row(al.e2eId(), al.corridor(), al.at(), al.reason());
                }
                t.print(s.out);
            });
        }
    }

    @Command(name = "threshold", description = "Set the USD alert threshold (regulator; default 50000.00).")
    static final class Threshold extends CliCommand {
        @Option(names = "--usd", required = true, paramLabel = "X")
        String usd;

        @Override
        void run(Session s) {
            String x = usd(usd, "--usd");
            Parameter p = s.bridge().payments().corridors().setAlertThreshold(x);
            s.print(
                    p,
                    () -> s.out.printf(
                            "alert threshold USD %s%ntx %s%n", p.value().toPlainString(), p.txId()));
        }
    }
}
