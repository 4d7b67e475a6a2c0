package io.bondbridge.client.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.LedgerException;
import io.bondbridge.client.http.Commands;
import io.bondbridge.client.http.Route;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.Transport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The CLI as the HTTP API's {@link Commands} table: every leaf command of {@code bondbridge} is a resource at {@code
 * /WORD/WORD} (its command words), GET when it only reads, POST when it submits. Its positional parameters and
 * options become named fields (CURRENCY is {@code currency}, {@code --as-of} is {@code asOf}). A request runs the
 * very command object the CLI runs, parsed by picocli from the fields and printing its {@code --json} object,
 * with the server's ledger connection in place of opening one. The global options ({@code --ledger}, {@code
 * --fabric}, {@code --as}, {@code --at}, {@code --json}) are the server's, never a request's.
 */
public final class HttpCommands implements Commands {
    /** Commands that only read (docs/CLI.md: "reading commands never change the ledger"). */
    static final Set<String> READS = Set.of(
            "show",
            "list",
            "balance",
            "holdings",
            "rates",
            "reserves",
            "stress",
            "history",
            "supply",
            "usage",
            "quotes",
            "verify",
            "sizing");

    /**
     * Not resources: the demo fills a fresh ledger, serve is this server, connect a process of its own, report writes
     * a local file.
     */
    static final Set<String> NOT_SERVED = Set.of("demo", "serve", "connect", "audit report");

    private static final Set<String> GLOBAL = Set.of("--ledger", "--fabric", "--as", "--at", "--json");

    /** What the session's {@code --fabric} says when it is this server's connection (never a file that is read). */
    private static final Path SERVED = Path.of("(served)");

    private final Transport transport;
    private final String org;
    private final List<Route> routes;
    /** Per route path: field name -> the option it is ({@code asOf} -> {@code --as-of}); positionals are absent. */
    private final Map<String, Map<String, String>> options;

    /** Runs commands through {@code transport} (which stays open) as {@code org} (the server's {@code --as}). */
    public HttpCommands(Transport transport, String org) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.org = Objects.requireNonNull(org, "org");
        Map<String, Map<String, String>> names = new java.util.HashMap<>();
        this.routes = List.copyOf(table(names));
        this.options = Map.copyOf(names);
    }

    @Override
    public List<Route> routes() {
        return routes;
    }

    /** The route table, from the command model. */
    static List<Route> table(Map<String, Map<String, String>> optionNames) {
        List<Route> out = new ArrayList<>();
        collect(Main.commandLine(new Main(null, null), Main.SUBCOMMANDS), out, optionNames);
        return out;
    }

    private static void collect(CommandLine cl, List<Route> out, Map<String, Map<String, String>> optionNames) {
        CommandSpec spec = cl.getCommandSpec();
        String words = words(spec);
        if (NOT_SERVED.contains(words)) {
            return;
        }
        if (spec.userObject() instanceof CliCommand) {
            String path = "/" + words.replace(' ', '/');
            Map<String, String> names = new java.util.HashMap<>();
            List<Route.Param> params = new ArrayList<>();
            for (PositionalParamSpec p : spec.positionalParameters()) {
                params.add(
                        new Route.Param(camel(p.paramLabel()), kind(p), p.required(), p.paramLabel(), description(p)));
            }
            for (OptionSpec o : spec.options()) {
                if (o.usageHelp() || o.versionHelp() || GLOBAL.contains(o.longestName())) {
                    continue;
                }
                String name = camel(o.longestName());
                names.put(name, o.longestName());
                params.add(new Route.Param(name, kind(o), o.required(), o.paramLabel(), description(o)));
            }
            optionNames.put(path, Map.copyOf(names));
            String leaf = spec.name();
            String method = READS.contains(leaf) ? Route.GET : Route.POST;
            String summary = spec.usageMessage().description().length == 0
                    ? words
                    : String.join(" ", spec.usageMessage().description());
            out.add(new Route(method, path, summary, params));
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandSpec().name().equals(sub.getCommandName())) { // not an alias
                collect(sub, out, optionNames);
            }
        }
    }

    private static String words(CommandSpec spec) {
        return spec.qualifiedName(" ").substring(spec.root().name().length()).strip();
    }

    /** {@code --as-of} as {@code asOf}, {@code E2E_ID} as {@code e2eId}, {@code CURRENCY} as {@code currency}. */
    static String camel(String name) {
        String bare =
                name.replaceFirst("^-+", "").replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
        StringBuilder s = new StringBuilder();
        boolean up = false;
        for (char ch : bare.toCharArray()) {
            if (ch == '-') {
                up = s.length() > 0;
            } else {
                s.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return s.toString();
    }

    private static Route.Kind kind(ArgSpec a) {
        if (a.typeInfo().isMap()) {
            return Route.Kind.MAP;
        }
        if (a.isMultiValue()) {
            return Route.Kind.LIST;
        }
        if (a.arity().max() == 0) {
            return Route.Kind.FLAG;
        }
        return Route.Kind.VALUE;
    }

    private static String description(ArgSpec a) {
        return a.description().length == 0 ? "" : String.join(" ", a.description());
    }

    @Override
    public Reply run(Route route, Map<String, List<String>> params) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        Main main = new Main(out, out);
        CliCommand command;
        try {
            List<String> args = args(route, params, options.getOrDefault(route.path(), Map.of()));
            CommandLine cl = Main.commandLine(main, Main.subcommandsFor(args.toArray(String[]::new)))
                    .setCaseInsensitiveEnumValuesAllowed(true);
            CommandLine.ParseResult parsed = cl.parseArgs(args.toArray(String[]::new));
            while (parsed.hasSubcommand()) {
                parsed = parsed.subcommand();
            }
            command = (CliCommand) parsed.commandSpec().userObject();
        } catch (CommandLine.ParameterException e) {
            return Reply.error("USAGE", e.getMessage());
        }
        GlobalOptions options = new GlobalOptions();
        options.json = true;
        options.as = org;
        options.fabric = SERVED;
        try (Session session = new Session(options, out, out, s -> new Borrowed(transport))) {
            try {
                command.run(session);
            } catch (UsageException e) {
                return Reply.error("USAGE", e.getMessage());
            } catch (LedgerException e) {
                // an api parser's INVALID_ARGUMENT before the ledger was opened is bad usage, as in Main
                boolean usage = e.code() == ErrorCode.INVALID_ARGUMENT && !session.opened();
                return Reply.error(usage ? "USAGE" : e.code().name(), usage ? e.detail() : e.getMessage());
            } catch (BondBridgeException e) {
                return Reply.error(e.code().name(), e.getMessage());
            }
        }
        out.flush();
        JsonElement result;
        try {
            result = Json.parse(text.toString());
        } catch (RuntimeException e) {
            return Reply.error("INTERNAL", route.path() + " printed no JSON object");
        }
        if (result == null || !result.isJsonObject()) {
            return Reply.error("INTERNAL", route.path() + " printed no JSON object");
        }
        return new Reply((JsonObject) result, null);
    }

    /**
     * The command line of a request: the command's words, each option as {@code --name=value} (so no value is ever
     * read as an option), then {@code --} and the positional values (so none is read as an option either).
     */
    static List<String> args(Route route, Map<String, List<String>> params, Map<String, String> optionNames) {
        List<String> args = new ArrayList<>(List.of(route.path().substring(1).split("/")));
        List<String> positional = new ArrayList<>();
        for (Route.Param p : route.params()) {
            List<String> values = params.get(p.name());
            if (values == null || values.isEmpty()) {
                continue;
            }
            String option = optionNames.get(p.name());
            if (option == null) {
                positional.addAll(values);
            } else if (p.kind() == Route.Kind.FLAG) {
                if (values.get(0).isEmpty() || Boolean.parseBoolean(values.get(0))) { // ?flag alone is true
                    args.add(option);
                }
            } else {
                for (String v : values) {
                    args.add(option + "=" + v);
                }
            }
        }
        args.add("--");
        args.addAll(positional);
        return args;
    }
}
