package io.bondbridge.bench.fabric;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/** A PNG of the results: committed TPS as bars per workload and window, p50 and p99 as marks on a second scale. */
final class Chart {
    private static final Color[] WINDOW_COLORS = {
        new Color(0x4C72B0), new Color(0xDD8452), new Color(0x55A868), new Color(0xC44E52)
    };

    private Chart() {}

    static void write(List<LoadRun.Result> results, Path file) throws IOException {
        int width = 1000;
        int height = 520;
        int left = 70;
        int right = 70;
        int top = 50;
        int bottom = 90;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);

        Map<String, List<LoadRun.Result>> byWorkload = new LinkedHashMap<>();
        results.forEach(r -> byWorkload
                .computeIfAbsent(r.workload(), k -> new java.util.ArrayList<>())
                .add(r));
        double maxTps = results.stream().mapToDouble(LoadRun.Result::tps).max().orElse(1) * 1.15;
        double maxMs = results.stream()
                        .mapToDouble(LoadRun.Result::p99Millis)
                        .filter(d -> !Double.isNaN(d))
                        .max()
                        .orElse(1)
                * 1.15;
        int plotW = width - left - right;
        int plotH = height - top - bottom;

        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("committed TPS (bars, left) and submit-to-commit p50 / p99 ms (dots, right)", left, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawLine(left, top, left, top + plotH);
        g.drawLine(left, top + plotH, left + plotW, top + plotH);
        g.drawLine(left + plotW, top, left + plotW, top + plotH);
        for (int i = 0; i <= 5; i++) {
            int y = top + plotH - i * plotH / 5;
            g.setColor(new Color(0xE0E0E0));
            g.drawLine(left + 1, y, left + plotW - 1, y);
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, "%.0f", maxTps * i / 5), 8, y + 4);
            g.drawString(String.format(Locale.ROOT, "%.0f ms", maxMs * i / 5), left + plotW + 6, y + 4);
        }

        int groups = byWorkload.size();
        int groupW = plotW / Math.max(groups, 1);
        int gi = 0;
        for (Map.Entry<String, List<LoadRun.Result>> e : byWorkload.entrySet()) {
            List<LoadRun.Result> rs = e.getValue();
            int barW = Math.max(8, (groupW - 20) / Math.max(rs.size(), 1));
            int x0 = left + gi * groupW + 10;
            for (int i = 0; i < rs.size(); i++) {
                LoadRun.Result r = rs.get(i);
                int x = x0 + i * barW;
                int h = (int) Math.round(r.tps() / maxTps * plotH);
                g.setColor(WINDOW_COLORS[i % WINDOW_COLORS.length]);
                g.fillRect(x, top + plotH - h, barW - 4, h);
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(2));
                mark(g, x + (barW - 4) / 2, top + plotH - (int) Math.round(r.p50Millis() / maxMs * plotH), false);
                mark(g, x + (barW - 4) / 2, top + plotH - (int) Math.round(r.p99Millis() / maxMs * plotH), true);
                g.drawString(Integer.toString(r.window()), x + 2, top + plotH + 14);
            }
            g.drawString(e.getKey(), x0, top + plotH + 32);
            gi++;
        }
        int ly = height - 30;
        List<Integer> windows =
                results.stream().map(LoadRun.Result::window).distinct().toList();
        for (int i = 0; i < windows.size(); i++) {
            g.setColor(WINDOW_COLORS[i % WINDOW_COLORS.length]);
            g.fillRect(left + i * 140, ly - 10, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(windows.get(i) + " in flight", left + i * 140 + 18, ly);
        }
        mark(g, left + windows.size() * 140 + 6, ly - 4, false);
        g.drawString("p50", left + windows.size() * 140 + 16, ly);
        mark(g, left + windows.size() * 140 + 66, ly - 4, true);
        g.drawString("p99", left + windows.size() * 140 + 76, ly);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void mark(Graphics2D g, int x, int y, boolean hollow) {
        if (hollow) {
            g.drawOval(x - 4, y - 4, 8, 8);
        } else {
            g.fillOval(x - 4, y - 4, 8, 8);
        }
    }
}
