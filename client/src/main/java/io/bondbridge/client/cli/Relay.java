package io.bondbridge.client.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * The client side of a kept connection ({@code bondbridge connect}, {@link KeptConnection}): a command line naming
 * the same {@code --fabric} profile and {@code --as} organization as a running {@code connect} is sent to it over a
 * Unix socket and run there, on its open Gateway connection, instead of this JVM loading gRPC and shaking hands with
 * the peer (most of a Gateway command's half second). Only JDK classes here: it runs before picocli loads.
 *
 * <p>Where the socket lives: one per profile, organization and build of the jar (a rebuilt jar never talks to a
 * process of the old one), in a directory only this user may open ({@link #isPrivate}); a socket found anywhere else
 * is not trusted, and a socket nobody answers on is left alone: the command then runs here, as it always did.
 *
 * <p>The exchange: the request is the protocol's magic number, the caller's working directory (relative paths in the
 * command line are the caller's), whether progress is wanted, and the arguments; the answer is frames of stdout and
 * stderr bytes, then the exit code, or one frame saying "run it yourself" ({@code connect} and {@code serve}).
 */
final class Relay {
    /** What {@link #forward} returns when no kept connection ran the command. */
    static final int NOT_FORWARDED = -1;

    static final int MAGIC = 0x62627231; // "bbr1"
    static final byte STDOUT = 'o';
    static final byte STDERR = 'e';
    static final byte EXIT = 'x';
    static final byte DECLINED = 'd';

    /** Bounds on what a request may hold: a command line, not a file. */
    static final int MAX_ARGS = 4096;

    static final int MAX_BYTES = 1 << 20;

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private Relay() {}

    /** The {@code --fabric} and {@code --as} a command line names (as written; {@code org} defaulted). */
    record Target(String fabric, String org) {
        /** The target of {@code args}, or null when they name no {@code --fabric}. */
        static Target of(String[] args) {
            String fabric = null;
            String org = Session.DEFAULT_ORG;
            for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
                String next = i + 1 < args.length ? args[i + 1] : null;
                if (args[i].equals("--fabric") && next != null) {
                    fabric = next;
                } else if (args[i].startsWith("--fabric=")) {
                    fabric = args[i].substring("--fabric=".length());
                } else if (args[i].equals("--as") && next != null) {
                    org = next;
                } else if (args[i].startsWith("--as=")) {
                    org = args[i].substring("--as=".length());
                }
            }
            return fabric == null || fabric.isBlank() || org.isBlank() ? null : new Target(fabric, org);
        }
    }

    /**
     * Runs {@code args}, as written in directory {@code cwd}, through the kept connection in {@code dir} for their
     * profile and organization, copying its output to {@code out} and {@code err}; returns the command's exit code, or
     * {@link #NOT_FORWARDED} when there is none, nobody answers on its socket, or it declines the command.
     */
    static int forward(String[] args, Path dir, Path cwd, OutputStream out, OutputStream err, boolean progress) {
        Target target = Target.of(args);
        if (target == null) {
            return NOT_FORWARDED;
        }
        Path socket;
        try {
            socket = socket(dir, cwd.resolve(target.fabric()), target.org());
        } catch (InvalidPathException e) {
            return NOT_FORWARDED;
        }
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS) || !isPrivate(socket.getParent())) {
            return NOT_FORWARDED;
        }
        SocketChannel channel;
        try {
            channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return NOT_FORWARDED; // nobody listens there (a connect that was killed): run it here
        }
        try (channel) {
            DataOutputStream request =
                    new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            request.writeInt(MAGIC);
            writeString(request, cwd.toString());
            request.writeBoolean(progress);
            request.writeInt(args.length);
            for (String arg : args) {
                writeString(request, arg);
            }
            request.flush();
            DataInputStream answer = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            while (true) {
                switch (answer.readByte()) {
                    case STDOUT -> copy(answer, out);
                    case STDERR -> copy(answer, err);
                    case EXIT -> {
                        out.flush();
                        err.flush();
                        return answer.readInt();
                    }
                    case DECLINED -> {
                        return NOT_FORWARDED;
                    }
                    default -> throw new IOException("an unknown frame");
                }
            }
        } catch (IOException e) {
            // Sent, so perhaps run: running it again here could do it twice.
            try {
                out.flush();
                err.write(("bondbridge: UNAVAILABLE: the kept connection on " + socket
                                + " ended before the command did (" + e.getMessage()
                                + "); check whether it took effect before running it again\n")
                        .getBytes(StandardCharsets.UTF_8));
                err.flush();
            } catch (IOException ignored) {
                // nothing more can be said
            }
            return Main.UNREACHABLE;
        }
    }

    /**
     * The socket in {@code dir} of the kept connection to {@code profile} (an absolute path) as {@code org}, for this
     * build of the code.
     */
    static Path socket(Path dir, Path profile, String org) {
        // joined, not concatenated: each + here is an invokedynamic whose first call costs the command milliseconds
        String key = String.join("\n", profile.toAbsolutePath().normalize().toString(), org, build());
        return dir.resolve(
                Long.toHexString(fnv1a(key.getBytes(StandardCharsets.UTF_8))).concat(".sock"));
    }

    /** Where this user's kept connections listen: the session's runtime directory when it has one, else the temp one. */
    static Path directory() {
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        Path base =
                runtime == null || runtime.isBlank() ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(runtime);
        return base.resolve("bondbridge-" + System.getProperty("user.name"));
    }

    /**
     * Whether {@code dir} is a directory (not a link) of this process's user that nobody else may open: only there is a
     * socket trusted with a command line, and its answers.
     */
    static boolean isPrivate(Path dir) {
        try {
            PosixFileAttributes attributes =
                    Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Object owner = Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            Object self = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return attributes.isDirectory() && owner.equals(self) && OWNER_ONLY.containsAll(attributes.permissions());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The build of the code running: its jar (or classes directory), size and time. */
    private static String build() {
        try {
            Path code = Path.of(Relay.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return String.join(
                    " ",
                    code.toString(),
                    Long.toString(Files.size(code)),
                    Long.toString(Files.getLastModifiedTime(code).toMillis()));
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** FNV-1a, 64 bits: a name for the socket, not a secret (the process behind it checks what it is asked). */
    private static long fnv1a(byte[] bytes) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_BYTES) {
            throw new IOException("a string of " + length + " bytes");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void copy(DataInputStream in, OutputStream to) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_BYTES) {
            throw new IOException("a frame of " + length + " bytes");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("frame cut short");
        }
        to.write(bytes);
    }
}
