package org.hyperledger.fabric.contract;

/**
 * The shim's own {@link ContractRouter} as a peer's chaincode server builds it (classpath scans for contracts and
 * serializers), for tests that compare the embedded ledger's routing with it. It sits in the router's package
 * because {@code findAllContracts()} is package-private.
 */
public final class ScannedRouter {
    private ScannedRouter() {}

    /** The router; its constructor sets the shim's loggers to INFO, {@code quiet} runs before the scan logs. */
    public static ContractRouter create(Runnable quiet) {
        ContractRouter router = new ContractRouter(new String[] {"--id", "bondbridge:test"});
        quiet.run();
        router.findAllContracts();
        return router;
    }
}
