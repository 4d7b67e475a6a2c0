package io.bondbridge.client.cli;

import io.bondbridge.api.Parse;
import io.bondbridge.api.governance.Param;
import io.bondbridge.api.governance.ParamValue;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code param list|set|history} (docs/CLI.md): the governed parameters. */
final class ParamCommands {
    private ParamCommands() {}

    @Command(
            name = "param",
            description = "Governed parameters: every number a rule uses, set by the role that owns it.",
            subcommands = {ListCommand.class, Set.class, History.class})
    static final class Group {}

    @Command(name = "list", description = "Every parameter: value in force, default, owner, source, last change.")
    static final class ListCommand extends CliCommand {
        @Override
        void run(Session s) {
            List<ParamValue> all = s.bridge().governance().parameters();
            s.print(Map.of("parameters", all), () -> {
                Table t = new Table("NAME", "VALUE", "DEFAULT", "OWNER", "SOURCE", "SET BY", "SET AT");
                for (ParamValue p : all) {
                    t.row(
                            p.name(),
                            p.value().toPlainString(),
                            p.defaultValue().toPlainString(),
                            p.owner(),
                            p.source(),
                            p.setBy() == null ? "-" : p.setBy(),
                            p.at() == null ? "-" : p.at());
                }
                t.print(s.out);
            });
        }
    }

    @Command(name = "set", description = "Set a parameter (its owning role); the old value, who and when are kept.")
    static final class Set extends CliCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "e.g. bandHighPct, stepBp, trancheWindowDays")
        String name;

        @Parameters(index = "1", paramLabel = "VALUE")
        String value;

        @Option(names = "--reason", paramLabel = "TEXT")
        String reason;

        @Override
        void run(Session s) {
            if (Param.find(name) == null) {
                throw new UsageException("NAME '" + name + "' is not a parameter (see: bondbridge param list)");
            }
            Parse.decimal(value, Param.SCALE, "VALUE");
            ParamValue p = s.bridge().governance().setParameter(name, Session.plain(value), reason);
            s.print(p, () -> {
                s.out.printf(
                        "%s = %s (was %s), set by %s at %s%n",
                        p.name(), p.value().toPlainString(), p.previous().toPlainString(), p.setBy(), p.at());
                s.out.println("tx " + p.txId());
            });
        }
    }

    @Command(name = "history", description = "A parameter's default and every change, oldest first.")
    static final class History extends CliCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(Session s) {
            if (Param.find(name) == null) {
                throw new UsageException("NAME '" + name + "' is not a parameter (see: bondbridge param list)");
            }
            List<ParamValue> versions = s.bridge().governance().parameterHistory(name);
            s.print(Map.of("versions", versions), () -> {
                Table t = new Table("AT", "VALUE", "OLD", "BY", "REASON", "TX");
                for (ParamValue v : versions) {
                    t.row(
                            v.at() == null ? "default" : v.at(),
                            v.value().toPlainString(),
                            v.previous() == null ? "-" : v.previous().toPlainString(),
                            v.setBy() == null ? "-" : v.setBy(),
                            v.reason() == null ? "-" : v.reason(),
                            v.txId() == null ? "-" : v.txId());
                }
                t.print(s.out);
            });
        }
    }
}
