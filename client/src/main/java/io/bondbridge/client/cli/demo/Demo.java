package io.bondbridge.client.cli.demo;

import io.bondbridge.client.BondBridge;
import io.bondbridge.client.transport.BondBridgeException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The guided scenario: each {@link Chapter} exercises one feature as the organizations that would really do it,
 * and tells what happened. Chapters run in order on one ledger; later ones build on earlier ones.
 */
public final class Demo {
    /** The chapters, in the order they run. Each feature adds its own. */
    public static final List<Chapter> CHAPTERS = List.of(
            new GovernanceChapter(),
            new StableChapter(),
            new BondChapter(),
            new PaymentChapter(),
            new SwapLineChapter(),
            new TrancheChapter(),
            new ExitChapter());

    private final PrintWriter out;
    private final boolean quiet;
    private final BiFunction<String, Instant, BondBridge> connect;
    private final Map<String, BondBridge> open = new LinkedHashMap<>();
    private final List<String> steps = new ArrayList<>();
    private Instant at;

    /**
     * @param out where the story goes
     * @param quiet true to tell nothing (the caller prints a JSON summary instead)
     * @param connect opens a client for an organization whose transactions carry a timestamp (null = the clock)
     */
    public Demo(PrintWriter out, boolean quiet, BiFunction<String, Instant, BondBridge> connect) {
        this.out = out;
        this.quiet = quiet;
        this.connect = connect;
    }

    /** The client of {@code org}, at the demo's current time. */
    public BondBridge as(String org) {
        return open.computeIfAbsent(org + "@" + at, k -> connect.apply(org, at));
    }

    /**
     * Later transactions carry this timestamp (on either ledger), to reach coupon dates and maturities. Chapters
     * only move the clock forward, from {@link #now()}: as-of audits read history in timestamp order.
     */
    public void at(Instant timestamp) {
        if (at != null && timestamp.isBefore(at)) {
            throw new IllegalStateException("the demo clock only moves forward: " + timestamp + " is before " + at);
        }
        this.at = timestamp;
    }

    /** The demo's current transaction time: the last {@link #at(Instant)}, or the clock. */
    public Instant now() {
        return at != null ? at : Instant.now();
    }

    public void title(String text) {
        if (!quiet) {
            out.println();
            out.println("== " + text);
        }
    }

    /** One line of the story; also kept for the summary. */
    public void say(String format, Object... args) {
        String line = String.format(java.util.Locale.ROOT, format, args);
        steps.add(line);
        if (!quiet) {
            out.println("  " + line);
        }
    }

    /** Runs an action the ledger must reject, and tells how it was rejected. */
    public void expectRejected(String what, Runnable action) {
        try {
            action.run();
        } catch (BondBridgeException e) {
            say("%s -> rejected: %s (%s)", what, e.code(), e.getMessage());
            return;
        }
        throw new IllegalStateException("the ledger accepted what it must reject: " + what);
    }

    public List<String> steps() {
        return List.copyOf(steps);
    }

    public void run() {
        run((number, title) -> {});
    }

    /** Runs every chapter, telling {@code progress} each one's number (from 1) and title as it starts. */
    public void run(BiConsumer<Integer, String> progress) {
        for (int i = 0; i < CHAPTERS.size(); i++) {
            Chapter chapter = CHAPTERS.get(i);
            progress.accept(i + 1, chapter.title());
            title(chapter.title());
            chapter.run(this);
        }
    }

    public void closeAll() {
        for (BondBridge b : open.values()) {
            b.close();
        }
        open.clear();
    }

    /** One part of the story. */
    public interface Chapter {
        String title();

        void run(Demo demo);
    }
}
