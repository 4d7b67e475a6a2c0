package io.bondbridge.client.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of long work ({@code demo}'s chapters), one line per step on stderr. Only where someone watches and
 * nothing reads it: {@code scripts/bondbridge} sets {@code -Dbondbridge.progress=true} when stderr is a terminal and
 * stdout is not (on a terminal the story itself shows the progress); never with {@code --json}, whose promise is
 * one JSON object and nothing else.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean on;
    private final String what;
    private final long start = System.nanoTime();

    private Progress(PrintWriter err, boolean on, String what) {
        this.err = err;
        this.on = on;
        this.what = what;
    }

    /** Whether this process was asked for progress lines ({@code -Dbondbridge.progress=true}, set by the launcher). */
    static boolean asked() {
        return Boolean.getBoolean("bondbridge.progress");
    }

    /** Progress of {@code what} (e.g. {@code demo}) in this invocation. */
    static Progress of(Session s, String what) {
        return new Progress(s.err, s.progress(), what);
    }

    boolean on() {
        return on;
    }

    /** Step {@code number} of {@code total} begins. */
    void step(int number, int total, String title) {
        print(String.format(Locale.ROOT, "[%d/%d] %s", number, total, title));
    }

    /** The work is over. */
    void done(String summary) {
        print("done: " + summary);
    }

    private void print(String line) {
        if (on) {
            double seconds = (System.nanoTime() - start) / 1e9;
            err.printf(Locale.ROOT, "bondbridge %s: %s (%.1f s)%n", what, line, seconds);
            err.flush();
        }
    }
}
