package io.bondbridge.client.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.bondbridge.api.Json;
import io.bondbridge.api.governance.DefaultParticipants;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.embedded.EmbeddedLedger;
import io.bondbridge.client.transport.Transport;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * What one command invocation works with: the parsed global options, the ledger (opened on first use, so bad
 * usage is caught before anything is touched), and the output streams.
 */
final class Session implements AutoCloseable {
    static final String DEFAULT_LEDGER = ".bondbridge";
    static final String DEFAULT_ORG = "centralbank";

    final GlobalOptions options;
    final PrintWriter out;
    final PrintWriter err;
    private final Function<Session, Transport> fabricConnector;
    private EmbeddedLedger ledger;
    private BondBridge bridge;

    Session(GlobalOptions options, PrintWriter out, PrintWriter err, Function<Session, Transport> fabricConnector) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.fabricConnector = fabricConnector;
    }

    boolean json() {
        return options.json;
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
        return options.at == null ? null : Parse.instant(options.at, "--at");
    }

    /** The organization's client, opening the ledger on first use. */
    BondBridge bridge() {
        if (bridge == null) {
            validate();
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

    /** Parsing of command-line values; every failure is a {@link UsageException}. */
    static final class Parse {
        private Parse() {}

        static Instant instant(String text, String what) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e2) {
                    throw new UsageException(what + " '" + text + "' is not an ISO-8601 instant or date");
                }
            }
        }

        static LocalDate date(String text, String what) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new UsageException(what + " '" + text + "' is not an ISO-8601 date (YYYY-MM-DD)");
            }
        }

        /** A decimal string with at most {@code maxScale} places, returned normalized. */
        static String decimal(String text, int maxScale, String what) {
            try {
                BigDecimal d = new BigDecimal(text.trim());
                if (d.signum() < 0) {
                    throw new UsageException(what + " '" + text + "' must not be negative");
                }
                if (d.stripTrailingZeros().scale() > maxScale) {
                    throw new UsageException(what + " '" + text + "' has more than " + maxScale + " decimal places");
                }
                return d.toPlainString();
            } catch (NumberFormatException e) {
                throw new UsageException(what + " '" + text + "' is not a decimal number");
            }
        }

        /** A positive decimal with at most {@code places} places; usage error otherwise. */
        static String positive(String text, int places, String what) {
            String v = decimal(text, places, what);
            if (new BigDecimal(v).signum() == 0) {
                throw new UsageException(what + " must be more than zero");
            }
            return v;
        }

        static String percent(String text, String what) {
            String v = decimal(text, 4, what);
            if (new BigDecimal(v).compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new UsageException(what + " " + text + " is above 100%");
            }
            return v;
        }

        static String account(String text, String what) {
            int colon = text == null ? -1 : text.lastIndexOf(':');
            if (colon <= 0 || colon == text.length() - 1) {
                throw new UsageException(what + " '" + text + "' is not of the form ORG:name");
            }
            return text;
        }

        static String currency(String text) {
            if (text == null || !text.matches("[A-Z]{3}")) {
                throw new UsageException("currency '" + text + "' is not a 3-letter code such as CNY");
            }
            return text;
        }
    }
}
