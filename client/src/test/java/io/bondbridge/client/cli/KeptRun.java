package io.bondbridge.client.cli;

import io.bondbridge.client.transport.Transport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A kept connection ({@code bondbridge connect}) for tests: {@code transport} held for {@code profile} as {@code org},
 * listening in {@code dir}; command lines sent to it as a later {@code bondbridge} process would send them.
 */
public final class KeptRun implements AutoCloseable {
    private final Path dir;
    private final KeptConnection kept;

    private KeptRun(Path dir, KeptConnection kept) {
        this.dir = dir;
        this.kept = kept;
    }

    public static KeptRun start(Path dir, Path profile, String org, Transport transport) {
        return new KeptRun(dir, KeptConnection.open(dir, profile, org, transport));
    }

    /** {@code args} as written in this JVM's working directory; exit -1 when no kept connection ran them. */
    public CliRun run(String... args) {
        return runIn(Path.of("").toAbsolutePath(), args);
    }

    /** {@code args} as written in directory {@code cwd}. */
    public CliRun runIn(Path cwd, String... args) {
        return forward(dir, cwd, args);
    }

    static CliRun forward(Path dir, Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Relay.forward(args, dir, cwd, out, err, false);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public Path socket() {
        return kept.socket();
    }

    @Override
    public void close() {
        kept.close();
    }
}
