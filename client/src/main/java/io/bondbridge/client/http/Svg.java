package io.bondbridge.client.http;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The page's charts, drawn on the server as inline SVG: no script, no network, the same picture in the browser, the
 * saved file and a screenshot. Lengths are computed with BigDecimal from the exact figures and rounded to a tenth of
 * a pixel only for drawing.
 */
final class Svg {
    static final String[] PALETTE = {"#1f5f8b", "#3a9d8f", "#e9a23b", "#c8553d", "#6c5b7b", "#8aa29e", "#4d7ea8"};
    private static final int WIDTH = 520;
    private static final int LABEL = 150;
    private static final int BAR = 250;
    private static final int ROW = 26;

    private Svg() {}

    /** Horizontal bars, one per entry, scaled to {@code total}; each bar says its value's share. */
    static String bars(String title, Map<String, BigDecimal> values, BigDecimal total) {
        int height = ROW * Math.max(1, values.size()) + 8;
        StringBuilder s = open(title, height);
        int i = 0;
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            BigDecimal share =
                    total.signum() == 0 ? BigDecimal.ZERO : e.getValue().divide(total, 6, RoundingMode.HALF_EVEN);
            BigDecimal w = share.multiply(BigDecimal.valueOf(BAR)).setScale(1, RoundingMode.HALF_EVEN);
            int y = 4 + i * ROW;
            s.append("<text x=\"")
                    .append(LABEL - 6)
                    .append("\" y=\"")
                    .append(y + 16)
                    .append("\" text-anchor=\"end\">")
                    .append(Html.escape(e.getKey()))
                    .append("</text>");
            s.append("<rect x=\"")
                    .append(LABEL)
                    .append("\" y=\"")
                    .append(y + 3)
                    .append("\" width=\"")
                    .append(w.toPlainString())
                    .append("\" height=\"18\" rx=\"2\" fill=\"")
                    .append(PALETTE[i % PALETTE.length])
                    .append("\"><title>")
                    .append(Html.escape(e.getKey() + ": " + Html.money(e.getValue())))
                    .append("</title></rect>");
            s.append("<text x=\"")
                    .append(LABEL + BAR + 8)
                    .append("\" y=\"")
                    .append(y + 16)
                    .append("\">")
                    .append(share.movePointRight(2)
                            .setScale(1, RoundingMode.HALF_EVEN)
                            .toPlainString())
                    .append("%</text>");
            i++;
        }
        return s.append("</svg>").toString();
    }

    /** The chart's opening {@code <svg>} element, {@link #WIDTH} wide, with its title. */
    private static StringBuilder open(String title, int height) {
        return new StringBuilder()
                .append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\"><title>")
                .append(Html.escape(title))
                .append("</title>");
    }

    /** A point of the coverage line. */
    record Point(String label, BigDecimal value) {}

    /** Coverage over time, one point per reserve state, with the policy minimum as a dashed line. */
    static String line(String title, List<Point> points, BigDecimal minimum) {
        int height = 200;
        int left = 50;
        int right = WIDTH - 10;
        int top = 10;
        int bottom = height - 30;
        BigDecimal max = minimum == null ? BigDecimal.ONE : minimum;
        for (Point p : points) {
            if (p.value() != null && p.value().compareTo(max) > 0) {
                max = p.value();
            }
        }
        max = max.multiply(new BigDecimal("1.15")).setScale(2, RoundingMode.UP);
        StringBuilder s = open(title, height);
        s.append("<line x1=\"").append(left).append("\" y1=\"").append(bottom);
        s.append("\" x2=\"").append(right).append("\" y2=\"").append(bottom).append("\" stroke=\"#999\"/>");
        s.append("<line x1=\"").append(left).append("\" y1=\"").append(top);
        s.append("\" x2=\"").append(left).append("\" y2=\"").append(bottom).append("\" stroke=\"#999\"/>");
        s.append("<text x=\"").append(left - 6).append("\" y=\"").append(top + 10);
        s.append("\" text-anchor=\"end\">").append(max.toPlainString()).append("</text>");
        s.append("<text x=\"").append(left - 6).append("\" y=\"").append(bottom);
        s.append("\" text-anchor=\"end\">0</text>");
        if (minimum != null) {
            String y = y(minimum, max, top, bottom);
            s.append("<line x1=\"")
                    .append(left)
                    .append("\" y1=\"")
                    .append(y)
                    .append("\" x2=\"")
                    .append(right);
            s.append("\" y2=\"").append(y).append("\" stroke=\"#c8553d\" stroke-dasharray=\"5,4\"/>");
            s.append("<text x=\"").append(left + 4).append("\" y=\"").append(y).append("\" dy=\"14\"");
            s.append(" fill=\"#c8553d\">minimum ")
                    .append(minimum.stripTrailingZeros().toPlainString());
            s.append("</text>");
        }
        StringBuilder path = new StringBuilder();
        int n = points.size();
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            if (p.value() == null) {
                continue;
            }
            int x = n == 1 ? (left + right) / 2 : left + 10 + i * (right - left - 20) / (n - 1);
            String y = y(p.value(), max, top, bottom);
            path.append(path.length() == 0 ? "M" : " L").append(x).append(' ').append(y);
            s.append("<circle cx=\"").append(x).append("\" cy=\"").append(y);
            s.append("\" r=\"3.5\" fill=\"#1f5f8b\"><title>").append(Html.escape(p.label()));
            s.append(": ").append(p.value().toPlainString()).append("</title></circle>");
        }
        if (path.length() > 0) {
            s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1f5f8b\" stroke-width=\"2\"/>");
        }
        if (n > 0) {
            s.append("<text x=\"")
                    .append(left)
                    .append("\" y=\"")
                    .append(height - 8)
                    .append("\">");
            s.append(Html.escape(points.get(0).label())).append("</text>");
            s.append("<text x=\"").append(right).append("\" y=\"").append(height - 8);
            s.append("\" text-anchor=\"end\">")
                    .append(Html.escape(points.get(n - 1).label()))
                    .append("</text>");
        }
        return s.append("</svg>").toString();
    }

    private static String y(BigDecimal value, BigDecimal max, int top, int bottom) {
        BigDecimal span = BigDecimal.valueOf(bottom - top);
        return BigDecimal.valueOf(bottom)
                .subtract(value.multiply(span).divide(max, 1, RoundingMode.HALF_EVEN))
                .toPlainString();
    }
}
