package io.bondbridge.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The figures a reserve page shows ({@code data-figure="NAME">TEXT<}), compared with {@code audit reserves --json}. */
final class Figures {
    private static final Pattern FIGURE = Pattern.compile("data-figure=\"([^\"]+)\">([^<]*)<");

    private Figures() {}

    /** Name -> the text shown, with the digit grouping taken out ({@code 1,000.00} is {@code 1000.00}). */
    static Map<String, String> of(String html) {
        Map<String, String> shown = new TreeMap<>();
        Matcher m = FIGURE.matcher(html);
        while (m.find()) {
            shown.put(
                    m.group(1).replace("&lt;", "<").replace("&gt;", ">"),
                    m.group(2).replace(",", "").strip());
        }
        return shown;
    }

    /** Every headline figure and every entry of the four compositions is shown, and equals the JSON's. */
    static void assertShowExactly(Map<String, String> shown, JsonObject reserves) {
        for (String field :
                new String[] {"unitsOutstanding", "reserveValue", "reserveValueAfterHaircuts", "coverage", "digest"}) {
            assertThat(shown.get(field)).as(field).isEqualTo(reserves.get(field).getAsString());
        }
        int entries = 0;
        for (String dimension : new String[] {"byClass", "byMaturity", "byCustodian", "byIssuer"}) {
            for (Map.Entry<String, JsonElement> e :
                    reserves.getAsJsonObject(dimension).entrySet()) {
                String name = dimension + "." + e.getKey();
                assertThat(shown.get(name)).as(name).isEqualTo(e.getValue().getAsString());
                entries++;
            }
        }
        assertThat(entries).as("composition entries compared").isPositive();
    }
}
