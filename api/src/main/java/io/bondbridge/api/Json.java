package io.bondbridge.api;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one JSON codec of the ledger. Its output is byte-for-byte deterministic: every object's keys are sorted
 * (Gson has no option for it, so the tree is rebuilt), nulls are omitted, no HTML escaping, amounts, rates and
 * instants are strings. Every endorsing peer must write the same bytes, so all state and every response goes
 * through here.
 */
public final class Json {
    /** The largest scale, either way, a decimal read from JSON may have: its plain form stays a few KB at most. */
    static final int MAX_EXPONENT = 1000;

    private static final Gson GSON = new GsonBuilder()
            .disableHtmlEscaping()
            .registerTypeAdapter(Amount.class, new StringForm<>(Amount::toPlainString, Amount::parseExact).nullSafe())
            .registerTypeAdapter(
                    BigDecimal.class, new StringForm<>(BigDecimal::toPlainString, Json::decimal).nullSafe())
            .registerTypeAdapter(Instant.class, new StringForm<>(Instant::toString, Instant::parse).nullSafe())
            .registerTypeAdapter(LocalDate.class, new StringForm<>(LocalDate::toString, LocalDate::parse).nullSafe())
            .create();

    private Json() {}

    /** Canonical JSON text of a value. */
    public static String write(Object value) {
        return GSON.toJson(canonical(GSON.toJsonTree(value)));
    }

    /** Canonical JSON bytes (UTF-8) of a value. */
    public static byte[] bytes(Object value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            T value = GSON.fromJson(json, type);
            if (value == null) {
                throw new LedgerException(ErrorCode.INVALID_ARGUMENT, "empty JSON for " + type.getSimpleName());
            }
            return value;
        } catch (LedgerException e) {
            throw e; // a record's own validation already names what is wrong
        } catch (RuntimeException e) {
            // Gson wraps what a record constructor or a string-form parser throws (bad dates, numbers) in
            // plain RuntimeExceptions; all of it is the input's fault, so it is INVALID_ARGUMENT, not INTERNAL.
            if (e.getCause() instanceof LedgerException le) {
                throw le;
            }
            throw new LedgerException(
                    ErrorCode.INVALID_ARGUMENT, "malformed " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    public static <T> T read(byte[] json, Class<T> type) {
        return read(new String(json, StandardCharsets.UTF_8), type);
    }

    /** Parses arbitrary JSON into a tree (for responses and requests that are not records). */
    public static JsonElement parse(String json) {
        try {
            return com.google.gson.JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new LedgerException(ErrorCode.INVALID_ARGUMENT, "malformed JSON: " + e.getMessage());
        }
    }

    /** A tree with every object's keys in sorted order. */
    static JsonElement canonical(JsonElement element) {
        if (element.isJsonObject()) {
            JsonObject sorted = new JsonObject();
            List<Map.Entry<String, JsonElement>> entries =
                    new ArrayList<>(element.getAsJsonObject().entrySet());
            entries.sort(Map.Entry.comparingByKey());
            for (Map.Entry<String, JsonElement> e : entries) {
                if (!e.getValue().isJsonNull()) {
                    sorted.add(e.getKey(), canonical(e.getValue()));
                }
            }
            return sorted;
        }
        if (element.isJsonArray()) {
            JsonArray array = new JsonArray();
            for (JsonElement item : element.getAsJsonArray()) {
                array.add(canonical(item));
            }
            return array;
        }
        return element;
    }

    /**
     * A decimal read from JSON, refused when its exponent is beyond any real value's: {@code 1e-999999999} is ten
     * bytes in, but its plain form, which writing it back produces, is a billion digits. The rules bound decimals
     * far more tightly ({@link Parse#MAX_INTEGER_DIGITS}, {@link Parse#MAX_DECIMAL_PLACES}); this guard only keeps a
     * record that no rule has checked yet from running the codec out of memory.
     */
    private static BigDecimal decimal(String text) {
        BigDecimal value = new BigDecimal(text);
        if (Math.abs(value.scale()) > MAX_EXPONENT) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "number '%s' is out of range", value);
        }
        return value;
    }

    /** A value written as a JSON string: its text form out, parsed back in. */
    private static final class StringForm<T> extends TypeAdapter<T> {
        private final Function<T, String> format;
        private final Function<String, T> parse;

        StringForm(Function<T, String> format, Function<String, T> parse) {
            this.format = format;
            this.parse = parse;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            out.value(format.apply(value));
        }

        @Override
        public T read(JsonReader in) throws IOException {
            return parse.apply(readString(in));
        }
    }

    private static String readString(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.STRING || token == JsonToken.NUMBER) {
            return in.nextString();
        }
        throw new JsonParseException("expected a string at " + in.getPath());
    }
}
