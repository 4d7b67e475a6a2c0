package io.bondbridge.client.network;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** What every network IT does around its tests: skip without a live network, close the connections after. */
abstract class LiveNetworkTest {
    /** Per test, so each shows as skipped with the reason. */
    @BeforeEach
    void requireNetwork() {
        FabricNetwork.require();
    }

    @AfterAll
    static void closeConnections() {
        FabricNetwork.closeAll();
    }
}
