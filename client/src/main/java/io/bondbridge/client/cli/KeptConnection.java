package io.bondbridge.client.cli;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.Transport;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The serving side of {@code bondbridge connect}: one organization's open Gateway connection, and a Unix socket
 * ({@link Relay#socket}) on which later command lines naming the same profile and organization are run on it, each
 * on a thread of its own, exactly as the command would run in its own process: same parsing, output, exit code;
 * relative paths resolved against the caller's directory. A command line naming another profile or organization
 * (which the socket's name makes unlikely) opens its own connection, as it would anywhere.
 */
final class KeptConnection implements AutoCloseable {
    /** Commands that are processes of their own: run by the caller, never here. */
    private static final Set<Class<?>> DECLINED = Set.of(ConnectCommand.class, ServeCommand.class);

    /** How long {@link #close} lets commands under way finish (a submit waits for its commit). */
    private static final long FINISH_SECONDS = 60;

    private final Path profile;
    private final String org;
    private final Transport transport;
    private final Path socket;
    private final ServerSocketChannel server;
    private final ExecutorService commands = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bondbridge-kept-command");
        t.setDaemon(true);
        return t;
    });
    private boolean closed;

    private KeptConnection(Path profile, String org, Transport transport, Path socket, ServerSocketChannel server) {
        this.profile = profile;
        this.org = org;
        this.transport = transport;
        this.socket = socket;
        this.server = server;
    }

    /**
     * Starts serving commands for {@code profile} as {@code org} on {@code transport} (which stays the caller's to
     * close, after this), on a socket in {@code dir} ({@link Relay#directory()}, made if missing).
     *
     * @throws BondBridgeException ALREADY_EXISTS when a kept connection for them already answers; FORBIDDEN
     *     when the socket's directory is not this user's alone
     */
    static KeptConnection open(Path dir, Path profile, String org, Transport transport) {
        Path absolute = profile.toAbsolutePath().normalize();
        Path socket = Relay.socket(dir, absolute, org);
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(
                        dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            if (!Relay.isPrivate(dir)) {
                throw new BondBridgeException(
                        ErrorCode.FORBIDDEN,
                        dir + " must be a directory of this user's that nobody else may open (chmod 700)");
            }
            if (Files.exists(socket)) {
                try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                    throw new BondBridgeException(
                            ErrorCode.ALREADY_EXISTS,
                            "a kept connection for " + absolute + " as " + org + " already listens on " + socket);
                } catch (IOException e) {
                    Files.delete(socket); // left by one that was killed
                }
            }
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            KeptConnection kept = new KeptConnection(absolute, org, transport, socket, server);
            Thread accepting = new Thread(kept::accept, "bondbridge-kept-accept");
            accepting.setDaemon(true);
            accepting.start();
            return kept;
        } catch (IOException e) {
            throw new BondBridgeException(ErrorCode.INTERNAL, "cannot listen on " + socket + ": " + e, null, e);
        }
    }

    Path socket() {
        return socket;
    }

    Path profile() {
        return profile;
    }

    private void accept() {
        while (true) {
            SocketChannel caller;
            try {
                caller = server.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                continue;
            }
            try {
                commands.execute(() -> serve(caller));
            } catch (RuntimeException e) { // closing: the caller runs it itself
                decline(caller);
            }
        }
    }

    private void serve(SocketChannel caller) {
        try (caller) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(caller)));
            if (in.readInt() != Relay.MAGIC) {
                return;
            }
            Path cwd = Path.of(Relay.readString(in));
            boolean progress = in.readBoolean();
            int count = in.readInt();
            if (count < 0 || count > Relay.MAX_ARGS) {
                return;
            }
            List<String> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                args.add(Relay.readString(in));
            }
            String[] line = args.toArray(String[]::new);
            DataOutputStream answer = new DataOutputStream(Channels.newOutputStream(caller));
            List<Class<?>> named = Main.subcommandsFor(line);
            if (named.size() == 1 && DECLINED.contains(named.get(0))) {
                answer.writeByte(Relay.DECLINED);
                answer.flush();
                return;
            }
            PrintWriter out = frames(answer, Relay.STDOUT);
            PrintWriter err = frames(answer, Relay.STDERR);
            int exit = Main.run(line, new Main(out, err, this::connect, progress), cwd);
            out.flush();
            err.flush();
            synchronized (answer) {
                answer.writeByte(Relay.EXIT);
                answer.writeInt(exit);
                answer.flush();
            }
        } catch (IOException | RuntimeException e) {
            // the caller went away or sent no command line: nothing to answer
        }
    }

    /** This connection for a session of its profile and organization; any other opens its own. */
    private Transport connect(Session s) {
        boolean same = s.options.fabric != null
                && s.options.fabric.toAbsolutePath().normalize().equals(profile)
                && Objects.equals(s.org(), org);
        return same ? new Borrowed(transport) : FabricConnector.connect(s);
    }

    private static void decline(SocketChannel caller) {
        try (caller) {
            OutputStream out = Channels.newOutputStream(caller);
            out.write(Relay.DECLINED);
            out.flush();
        } catch (IOException e) {
            // gone
        }
    }

    /** A writer whose every flush is one frame of {@code kind} on {@code answer}. */
    private static PrintWriter frames(DataOutputStream answer, byte kind) {
        OutputStream framing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                for (int at = offset; at < offset + length; at += Relay.MAX_BYTES) {
                    int n = Math.min(Relay.MAX_BYTES, offset + length - at);
                    synchronized (answer) {
                        answer.writeByte(kind);
                        answer.writeInt(n);
                        answer.write(bytes, at, n);
                    }
                }
            }

            @Override
            public void flush() throws IOException {
                synchronized (answer) {
                    answer.flush();
                }
            }
        };
        return new PrintWriter(new OutputStreamWriter(framing, StandardCharsets.UTF_8), true);
    }

    /**
     * Stops taking commands (a caller then runs its command itself), lets those under way finish, and removes the
     * socket. The transport stays open: it is the caller's.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closed anyway
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // a stale socket is found and replaced by the next connect
        }
        commands.shutdown();
        try {
            commands.awaitTermination(FINISH_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
