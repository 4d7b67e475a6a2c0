package io.bondbridge.client.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.bondbridge.api.Json;
import io.bondbridge.api.Parse;
import io.bondbridge.api.governance.DefaultParticipants;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.embedded.EmbeddedLedger;
import io.bondbridge.client.transport.Transport;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;

/**
 * What one command invocation works with: the parsed global options, the ledger (opened on first use, so bad
 * usage is caught before anything is touched), and the output streams. Commands parse their arguments with the api's
 * parsers ({@code Amount.positive}, {@code AccountId.parse}, {@code Parse.date}...) before they open the ledger; a
 * parser's INVALID_ARGUMENT is then bad usage ({@link Main}).
 */
final class Session implements AutoCloseable {
    static final String DEFAULT_LEDGER = ".bondbridge";
    static final String DEFAULT_ORG = "centralbank";

    final GlobalOptions options;
    final PrintWriter out;
    final PrintWriter err;
    private final Function<Session, Transport> fabricConnector;
    private final boolean progress;
    private EmbeddedLedger ledger;
    private BondBridge bridge;
    private boolean opened;

    Session(GlobalOptions options, PrintWriter out, PrintWriter err, Function<Session, Transport> fabricConnector) {
        this(options, out, err, fabricConnector, Progress.asked());
    }

    /**
     * A session whose progress lines ({@link Progress}) are {@code progress}: by default this process's {@code
     * -Dbondbridge.progress}, for a command run by a kept connection its caller's.
     */
    Session(
            GlobalOptions options,
            PrintWriter out,
            PrintWriter err,
            Function<Session, Transport> fabricConnector,
            boolean progress) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.fabricConnector = fabricConnector;
        this.progress = progress;
    }

    boolean json() {
        return options.json;
    }

    /** Whether long work tells its progress on stderr (never with {@code --json}). */
    boolean progress() {
        return progress && !options.json;
    }

    String org() {
        return options.as == null ? DEFAULT_ORG : options.as;
    }

    /** Checks the global options without opening anything. */
    void validate() {
        if (options.as != null && options.as.isBlank()) {
            throw new UsageException("--as needs an organization");
        }
        if (options.at != null) {
            if (options.fabric != null) {
                throw new UsageException("--at works on the embedded ledger only (Fabric stamps its own time)");
            }
            at();
        }
        if (options.fabric != null && options.ledger != null) {
            throw new UsageException("choose --ledger or --fabric, not both");
        }
    }

    Instant at() {
        return options.at == null ? null : Parse.instantOrDate(options.at, "--at");
    }

    /**
     * Whether this invocation has begun to open a ledger: from then on nothing it finds wrong is bad usage (exit 2
     * promises that nothing was sent).
     */
    boolean opened() {
        return opened;
    }

    /** Records that this invocation opens a ledger now ({@link #bridge()} does; so does {@code demo}). */
    void opening() {
        opened = true;
    }

    /** The organization's client, opening the ledger on first use. */
    BondBridge bridge() {
        if (bridge == null) {
            validate();
            opening();
            if (options.fabric != null) {
                bridge = BondBridge.open(fabricConnector.apply(this));
            } else {
                ledger = EmbeddedLedger.open(ledgerDir());
                bridge = BondBridge.open(ledger.transport(org()).at(at()));
            }
        }
        return bridge;
    }

    Path ledgerDir() {
        return options.ledger == null ? Path.of(DEFAULT_LEDGER) : options.ledger;
    }

    /** MSP ID for the {@code --as} value. */
    String mspId() {
        String msp = DefaultParticipants.mspId(org());
        return msp == null ? org() : msp;
    }

    /** Prints a result: the JSON object with {@code --json}, else the human form. */
    void print(JsonElement result, Runnable human) {
        if (json()) {
            out.println(Json.write(result));
        } else {
            human.run();
        }
        out.flush();
    }

    void print(Object result, Runnable human) {
        print(Json.parse(Json.write(result)), human);
    }

    static JsonObject object(Object value) {
        return Json.parse(Json.write(value)).getAsJsonObject();
    }

    @Override
    public void close() {
        try {
            if (bridge != null) {
                bridge.close();
            }
        } finally {
            if (ledger != null) {
                ledger.close();
            }
        }
    }

    /**
     * A number the user wrote, already checked by an api parser, in the plain form sent to the ledger (and echoed in
     * output): {@code 1e3} is {@code 1000}, {@code 2.50} stays {@code 2.50}.
     */
    static String plain(String checked) {
        return new BigDecimal(checked.strip()).toPlainString();
    }

    /** {@link #plain(String)} of a decimal an api parser returned as written. */
    static BigDecimal plain(BigDecimal checked) {
        return new BigDecimal(checked.toPlainString());
    }
}
