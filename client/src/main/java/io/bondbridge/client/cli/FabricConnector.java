package io.bondbridge.client.cli;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.FabricProfile;
import io.bondbridge.client.transport.GatewayTransport;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the Gateway transport for {@code --fabric PROFILE --as ORG}: PROFILE is one organization's connection
 * file or the directory {@code scripts/network.sh up} writes them to; {@code --as} picks the organization
 * (default {@code centralbank}). A profile that cannot be read is bad usage (exit 2).
 */
final class FabricConnector {
    /**
     * gRPC logs its start-up facts at INFO on stderr ("Epoll available..."): noise in a command's output, and a
     * stray line for scripts that read stderr. Held here so the level sticks; here, so that commands on the
     * embedded ledger do not touch gRPC at all.
     */
    private static final Logger GRPC_LOG = Logger.getLogger("io.grpc");

    static {
        GRPC_LOG.setLevel(Level.WARNING);
    }

    private FabricConnector() {}

    static GatewayTransport connect(Session s) {
        return connect(s, null);
    }

    /** {@link #connect(Session)}, taking {@code early}'s connection when it is the one the session asks for. */
    static GatewayTransport connect(Session s, Early early) {
        GatewayTransport taken = early == null ? null : early.take(s.options.fabric, s.org());
        if (taken != null) {
            return taken;
        }
        FabricProfile profile;
        try {
            profile = FabricProfile.load(s.options.fabric, s.org());
        } catch (BondBridgeException e) {
            if (e.code() == ErrorCode.INVALID_ARGUMENT || e.code() == ErrorCode.NOT_FOUND) {
                throw new UsageException("--fabric " + s.options.fabric + ": " + e.getMessage());
            }
            throw e;
        }
        return GatewayTransport.connect(profile);
    }

    /**
     * A Gateway connection opened on a thread of its own as soon as the command line names a profile: loading gRPC,
     * Netty and OpenSSL and the TLS handshake then overlap picocli's parsing and the command's own start, on a
     * second core (about a tenth of a second of a Gateway query). The command takes it when it asks for the same profile and
     * organization; any failure here is left for the command's own connect to report as it always did.
     */
    static final class Early implements AutoCloseable {
        private final Path fabric;
        private final String org;
        private final CompletableFuture<GatewayTransport> transport = new CompletableFuture<>();
        private boolean taken;

        private Early(Path fabric, String org) {
            this.fabric = fabric;
            this.org = org;
        }

        /** Starts connecting when {@code args} name {@code --fabric}; else null. */
        static Early start(String[] args) {
            Relay.Target target = Relay.Target.of(args);
            if (target == null) {
                return null;
            }
            Early early;
            try {
                early = new Early(Path.of(target.fabric()), target.org());
            } catch (InvalidPathException e) {
                return null;
            }
            Thread thread = new Thread(early::open, "bondbridge-connect");
            thread.setDaemon(true);
            thread.start();
            return early;
        }

        private void open() {
            try {
                GRPC_LOG.getLevel(); // the class's quiet gRPC log level, before gRPC loads
                transport.complete(GatewayTransport.connect(FabricProfile.load(fabric, org)));
            } catch (RuntimeException e) {
                transport.completeExceptionally(e);
            }
        }

        /** The connection, when it is to this profile as this organization and was opened; else null. */
        synchronized GatewayTransport take(Path fabric, String org) {
            if (taken || !this.fabric.equals(fabric) || !this.org.equals(org)) {
                return null;
            }
            try {
                GatewayTransport opened = transport.join();
                taken = true;
                return opened;
            } catch (CompletionException e) {
                return null;
            }
        }

        /** Closes the connection unless a command took it. */
        @Override
        public synchronized void close() {
            if (!taken) {
                taken = true;
                try {
                    transport.join().close();
                } catch (CompletionException e) {
                    // nothing was opened
                }
            }
        }
    }
}
