package io.bondbridge.client.http;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Escaping and number formats of the page. */
final class Html {
    private Html() {}

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** {@code 1234567.50} as {@code 1,234,567.50}: the exact value, grouped for reading (scale kept). */
    static String money(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(Math.max(0, value.scale()));
        f.setMaximumFractionDigits(Math.max(0, value.scale()));
        f.setParseBigDecimal(true);
        return f.format(value);
    }

    /** JSON placed inside a {@code <script>} element: no {@code <} can end it early. */
    static String scriptJson(String json) {
        return json.replace("<", "\\u003c");
    }
}
