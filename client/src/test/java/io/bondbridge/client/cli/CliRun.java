package io.bondbridge.client.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One {@code bondbridge} command line run in-process, as a user's shell would run it: its exit code and what it
 * printed. Shared by the CLI tests of every feature.
 */
public record CliRun(int exit, String out, String err) {
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Runs {@code args} on the embedded ledger in {@code ledger} ({@code --ledger} prepended). */
    public static CliRun on(java.nio.file.Path ledger, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--ledger";
        all[1] = ledger.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return of(all);
    }

    /** stdout parsed as the one JSON object {@code --json} promises. */
    public JsonObject json() {
        return JsonParser.parseString(out).getAsJsonObject();
    }
}
