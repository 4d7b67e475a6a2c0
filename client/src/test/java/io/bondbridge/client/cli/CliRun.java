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

    /** stdout parsed as the one JSON object {@code --json} promises. */
    public JsonObject json() {
        return JsonParser.parseString(out).getAsJsonObject();
    }
}
