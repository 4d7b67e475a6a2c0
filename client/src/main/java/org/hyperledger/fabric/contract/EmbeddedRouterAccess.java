package org.hyperledger.fabric.contract;

/**
 * The embedded ledger's door into the shim's contract router. {@code ContractRouter.findAllContracts()}, which a
 * peer-connected chaincode calls from {@code main}, is package-private in fabric-chaincode-shim 2.5; this class
 * sits in the router's package to reach it, so the embedded ledger routes requests with exactly the registry a
 * chaincode server builds.
 */
public final class EmbeddedRouterAccess {
    private EmbeddedRouterAccess() {}

    public static void findAllContracts(ContractRouter router) {
        router.findAllContracts();
    }
}
