package io.bondbridge.client.cli;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.FabricProfile;
import io.bondbridge.client.transport.GatewayTransport;
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
}
