package io.bondbridge.client.cli;

import com.google.gson.JsonObject;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.LedgerException;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.Transport;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code bondbridge} command. Its names, flags, output and exit codes are a public contract (docs/CLI.md): 0 done,
 * 1 the ledger rejected it, 2 bad usage (before anything is sent), 3 the ledger cannot be reached.
 */
@Command(
        name = "bondbridge",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Tokenized treasury bonds, reserve-backed stable units and cross-border payments on Fabric.")
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int REJECTED = 1;
    public static final int USAGE = 2;
    public static final int UNREACHABLE = 3;

    /**
     * The subcommands, in the order {@code --help} lists them. Picocli builds a command's whole model by reflection
     * when it is added, so a command line gets only the subcommand it names ({@link #subcommandsFor}).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            GovernanceCommands.Init.class,
            GovernanceCommands.ParticipantGroup.class,
            GovernanceCommands.AccountGroup.class,
            StableCommands.Group.class,
            BondCommands.Group.class,
            TradeCommands.Group.class,
            ParamCommands.Group.class,
            SizingCommands.Sizing.class,
            ReserveCommands.Group.class,
            AuditCommands.Group.class,
            FxCommands.Group.class,
            CorridorCommands.Group.class,
            PaymentCommands.Group.class,
            NettingCommands.Group.class,
            NettingCommands.SwapGroup.class,
            CorridorCommands.AlertGroup.class,
            CorridorCommands.BlockGroup.class,
            DemoCommand.class,
            ServeCommand.class,
            ConnectCommand.class);

    @Mixin
    GlobalOptions options;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Function<Session, Transport> fabric;
    private final boolean progress;
    private Session session;

    Main(PrintWriter out, PrintWriter err) {
        this(out, err, FabricConnector::connect, Progress.asked());
    }

    /** A command line's root, opening Fabric with {@code fabric} and telling progress when {@code progress}. */
    Main(PrintWriter out, PrintWriter err, Function<Session, Transport> fabric, boolean progress) {
        this.out = out;
        this.err = err;
        this.fabric = fabric;
        this.progress = progress;
    }

    Session session() {
        if (session == null) {
            session = new Session(options, out, err, fabric, progress);
        }
        return session;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required (see --help)");
    }

    public static void main(String[] args) {
        boolean progress = Progress.asked();
        int forwarded = Relay.forward(
                args,
                Relay.directory(),
                Path.of("").toAbsolutePath(),
                new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err),
                progress);
        if (forwarded != Relay.NOT_FORWARDED) {
            System.exit(forwarded); // run by a kept connection (bondbridge connect)
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs one command line; returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        FabricConnector.Early early = FabricConnector.Early.start(args);
        try {
            Main main = new Main(out, err, s -> FabricConnector.connect(s, early), Progress.asked());
            return run(args, main, null);
        } finally {
            if (early != null) {
                early.close();
            }
        }
    }

    /**
     * Runs one command line on {@code main}; returns its exit code. Relative paths in it are resolved against {@code
     * cwd} (a kept connection's caller's directory), or against this process's when null.
     */
    static int run(String[] args, Main main, Path cwd) {
        PrintWriter out = main.out;
        PrintWriter err = main.err;
        boolean json = Arrays.asList(args).contains("--json");
        CommandLine cli = commandLine(main, subcommandsFor(args));
        // set after the subcommands are added: picocli applies these to the subcommands present when called
        if (cwd != null) {
            cli.registerConverter(Path.class, cwd::resolve);
        }
        cli.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((e, a) -> usage(e.getMessage(), json, out, err, e.getCommandLine()))
                .setExecutionExceptionHandler((e, cmd, parsed) -> main.failure(e, json, cmd));
        try {
            return cli.execute(args);
        } finally {
            if (main.session != null) {
                main.session.close();
            }
            out.flush();
            err.flush();
        }
    }

    /** {@code main}'s command line with these subcommands ({@link #SUBCOMMANDS} for every command). */
    static CommandLine commandLine(Main main, List<Class<?>> subcommands) {
        CommandLine cli = new CommandLine(main);
        for (Class<?> subcommand : subcommands) {
            cli.addSubcommand(subcommand);
        }
        return cli;
    }

    /**
     * The subcommand {@code args} names, when it names one: the first word that is neither an option nor the value
     * of a global option. None for {@code --version} alone. Else (no command, {@code --help}, a name that is no
     * command) all of them, so help and errors read as they always did.
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        Set<String> valued = valuedGlobalOptions();
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return SUBCOMMANDS;
            }
            if (!arg.startsWith("-")) {
                for (Class<?> subcommand : SUBCOMMANDS) {
                    Command command = subcommand.getAnnotation(Command.class);
                    if (command.name().equals(arg)
                            || Arrays.asList(command.aliases()).contains(arg)) {
                        return List.of(subcommand);
                    }
                }
                return SUBCOMMANDS;
            }
            if (valued.contains(arg)) {
                i++; // its value, which may look like a command's name
            }
            version |= arg.equals("--version") || arg.equals("-V");
        }
        return version
                        && !Arrays.asList(args).contains("--help")
                        && !Arrays.asList(args).contains("-h")
                ? List.of()
                : SUBCOMMANDS;
    }

    /** Names of the global options that take a value (written {@code --ledger DIR}, not only {@code --ledger=DIR}). */
    private static Set<String> valuedGlobalOptions() {
        Set<String> names = new HashSet<>();
        for (Field field : GlobalOptions.class.getDeclaredFields()) {
            Option option = field.getAnnotation(Option.class);
            if (option != null && field.getType() != boolean.class) {
                names.addAll(Arrays.asList(option.names()));
            }
        }
        return names;
    }

    /**
     * The exit code of a command that threw. Bad usage (exit 2) is decided here and only here: a {@link
     * UsageException}, or an api parser's INVALID_ARGUMENT ({@code Amount.positive}, {@code AccountId.parse},
     * {@code Parse.date}...) thrown while the command checked its arguments, before it opened a ledger.
     */
    private int failure(Exception e, boolean json, CommandLine cmd) {
        if (e instanceof UsageException) {
            return usage(e.getMessage(), json, out, err, cmd);
        }
        if (e instanceof LedgerException l
                && l.code() == ErrorCode.INVALID_ARGUMENT
                && (session == null || !session.opened())) {
            return usage(l.detail(), json, out, err, cmd);
        }
        if (e instanceof BondBridgeException b) {
            report(b.code().name(), b.getMessage(), json, out, err);
            return b.code() == ErrorCode.UNAVAILABLE ? UNREACHABLE : REJECTED;
        }
        report(ErrorCode.INTERNAL.name(), String.valueOf(e), json, out, err);
        if (Boolean.getBoolean("bondbridge.debug")) {
            e.printStackTrace(err);
        }
        return REJECTED;
    }

    private static int usage(String message, boolean json, PrintWriter out, PrintWriter err, CommandLine cmd) {
        report("USAGE", message, json, out, err);
        if (!json) {
            err.println("try: " + cmd.getCommandSpec().qualifiedName() + " --help");
        }
        return USAGE;
    }

    private static void report(String code, String message, boolean json, PrintWriter out, PrintWriter err) {
        if (json) {
            JsonObject error = new JsonObject();
            error.addProperty("code", code);
            error.addProperty("message", message);
            JsonObject wrapper = new JsonObject();
            wrapper.add("error", error);
            out.println(Json.write(wrapper));
        } else {
            err.println("bondbridge: " + code + ": " + message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"bondbridge " + (v == null ? "dev" : v)};
        }
    }
}
