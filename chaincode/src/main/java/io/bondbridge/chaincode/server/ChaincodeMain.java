package io.bondbridge.chaincode.server;

import java.util.Optional;
import java.util.logging.Logger;
import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.shim.ChaincodeServer;
import org.hyperledger.fabric.shim.ChaincodeServerProperties;
import org.hyperledger.fabric.shim.NettyChaincodeServer;

/**
 * The chaincode process (chaincode.jar's main class): bondbridge's contracts, found and routed by the shim's
 * {@link ContractRouter}. With {@code CHAINCODE_SERVER_ADDRESS} set it serves the peers as chaincode as a service
 * through {@link PeerStreams}; without, it dials the peer ({@code CORE_PEER_ADDRESS}) as the shim's own main does.
 */
public final class ChaincodeMain {
    private static final Logger LOG = Logger.getLogger(ChaincodeMain.class.getName());

    private ChaincodeMain() {}

    public static void main(String[] args) throws Exception {
        String address = System.getenv("CHAINCODE_SERVER_ADDRESS");
        if (address == null || address.isEmpty()) {
            ContractRouter.main(args);
            return;
        }
        ContractRouter router = new ContractRouter(args);
        ChaincodeServerProperties properties = router.getChaincodeServerConfig();
        Optional<PeerStreams> streams = properties.isTlsEnabled() ? Optional.empty() : PeerStreams.of(router);
        ChaincodeServer server;
        if (streams.isPresent()) {
            server = new PeerStreamsServer(streams.get(), properties);
        } else {
            LOG.warning("serving with the shim's own server: a peer connecting may stall the others' transactions"
                    + " for the peer's execute timeout (see PeerStreams)");
            server = new NettyChaincodeServer(router, properties);
        }
        router.startRouterWithChaincodeServer(server);
    }
}
