package io.bondbridge.chaincode.ledger;

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

/**
 * The one JSON codec of the ledger. Its output is byte-for-byte deterministic: every object's keys are sorted
 * (Gson has no option for it, so the tree is rebuilt), nulls are omitted, no HTML escaping, amounts, rates and
 * instants are strings. Every endorsing peer must write the same bytes, so all state and every response goes
 * through here.
 */
public final class Json {
    private static final Gson GSON = new GsonBuilder()
            .disableHtmlEscaping()
            .registerTypeAdapter(Amount.class, new AmountAdapter().nullSafe())
            .registerTypeAdapter(BigDecimal.class, new BigDecimalAdapter().nullSafe())
            .registerTypeAdapter(Instant.class, new InstantAdapter().nullSafe())
            .registerTypeAdapter(LocalDate.class, new LocalDateAdapter().nullSafe())
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
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
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

    private static final class AmountAdapter extends TypeAdapter<Amount> {
        @Override
        public void write(JsonWriter out, Amount value) throws IOException {
            out.value(value.toPlainString());
        }

        @Override
        public Amount read(JsonReader in) throws IOException {
            return Amount.parseExact(readString(in));
        }
    }

    private static final class BigDecimalAdapter extends TypeAdapter<BigDecimal> {
        @Override
        public void write(JsonWriter out, BigDecimal value) throws IOException {
            out.value(value.toPlainString());
        }

        @Override
        public BigDecimal read(JsonReader in) throws IOException {
            return new BigDecimal(readString(in));
        }
    }

    private static final class InstantAdapter extends TypeAdapter<Instant> {
        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public Instant read(JsonReader in) throws IOException {
            return Instant.parse(readString(in));
        }
    }

    private static final class LocalDateAdapter extends TypeAdapter<LocalDate> {
        @Override
        public void write(JsonWriter out, LocalDate value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public LocalDate read(JsonReader in) throws IOException {
            return LocalDate.parse(readString(in));
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
