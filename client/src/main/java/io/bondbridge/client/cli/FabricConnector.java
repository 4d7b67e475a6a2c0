package io.bondbridge.client.cli;

import io.bondbridge.client.transport.Transport;

/** Opens the Gateway transport for {@code --fabric PROFILE --as ORG}. */
final class FabricConnector {
    private FabricConnector() {}

    static Transport connect(Session s) {
        throw new UsageException("--fabric is not available in this build yet");
    }
}
