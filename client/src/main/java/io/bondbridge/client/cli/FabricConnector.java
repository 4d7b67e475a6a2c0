package io.bondbridge.client.cli;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.FabricProfile;
import io.bondbridge.client.transport.GatewayTransport;

/**
 * Opens the Gateway transport for {@code --fabric PROFILE --as ORG}: PROFILE is one organization's connection
 * file or the directory {@code scripts/network.sh up} writes them to; {@code --as} picks the organization
 * (default {@code centralbank}). A profile that cannot be read is bad usage (exit 2).
 */
final class FabricConnector {
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
