package io.bondbridge.client.embedded;

import io.bondbridge.api.Functions;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Serializer;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.contract.execution.ExecutionFactory;
import org.hyperledger.fabric.contract.execution.ExecutionService;
import org.hyperledger.fabric.contract.execution.InvocationRequest;
import org.hyperledger.fabric.contract.execution.JSONTransactionSerializer;
import org.hyperledger.fabric.contract.execution.SerializerInterface;
import org.hyperledger.fabric.contract.routing.ContractDefinition;
import org.hyperledger.fabric.contract.routing.TxFunction;
import org.hyperledger.fabric.contract.routing.impl.ContractDefinitionImpl;
import org.hyperledger.fabric.contract.routing.impl.SerializerRegistryImpl;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ResponseUtils;

/**
 * Routes a request to the chaincode's contracts with the shim's own parts, as the shim's {@code ContractRouter}
 * does on a peer: the shim's {@link ContractDefinitionImpl} holds each contract's transaction functions, its
 * {@code ContractExecutionService} converts the arguments and runs {@code createContext}, {@code beforeTransaction},
 * the function and {@code afterTransaction}, and its {@link ResponseUtils} turns a throw into the error response.
 *
 * <p>Two things differ, both for start-up time. The contracts come from {@link #CONTRACTS} instead of a classpath
 * scan (the router's scans for contracts and serializers took most of a second per command), and a contract's
 * definition is built when a request first names it. Nor is the router itself constructed: its base class registers
 * Bouncy Castle as a security provider and reads the chaincode server's options, which a ledger in this process does
 * not use. {@code EmbeddedRouterTest} checks that {@link #CONTRACTS} is what the scan finds and that both routers
 * answer alike.
 *
 * <p>The shim logs every rejection at SEVERE: here a rejection is an answer, not an error to log, so the shim's
 * loggers are off unless {@code -Dbondbridge.chaincode.log=true}.
 */
final class EmbeddedRouter {
    /**
     * Contract name (the namespace of {@code contract:function}, its {@code @Contract} name) to its class: every
     * {@code @Contract} of the chaincode, and the shim's system contract, which the scan finds in the shim. Names,
     * not classes: the client does not compile against the chaincode.
     */
    static final Map<String, String> CONTRACTS = Map.of(
            "org.hyperledger.fabric",
            "org.hyperledger.fabric.contract.systemcontract.SystemContract",
            Functions.Governance.NAME,
            "io.bondbridge.chaincode.contract.GovernanceContract",
            Functions.Fx.NAME,
            "io.bondbridge.chaincode.contract.FxContract",
            Functions.Stable.NAME,
            "io.bondbridge.chaincode.contract.StableContract",
            Functions.Reserve.NAME,
            "io.bondbridge.chaincode.contract.ReserveContract",
            Functions.Bond.NAME,
            "io.bondbridge.chaincode.contract.BondContract",
            Functions.Payment.NAME,
            "io.bondbridge.chaincode.contract.PaymentContract",
            Functions.Corridor.NAME,
            "io.bondbridge.chaincode.contract.CorridorContract",
            Functions.Netting.NAME,
            "io.bondbridge.chaincode.contract.NettingContract",
            Functions.Audit.NAME,
            "io.bondbridge.chaincode.contract.AuditContract");

    /** The {@code @Default} contract: it answers a function named without a contract. */
    static final String DEFAULT_CONTRACT = Functions.Governance.NAME;

    /** Held so the level set on it sticks (the log manager keeps loggers only weakly). */
    private static final Logger SHIM_LOG = Logger.getLogger("org.hyperledger");

    static final EmbeddedRouter INSTANCE = new EmbeddedRouter();

    private final Map<String, ContractDefinition> definitions = new ConcurrentHashMap<>();
    private final ExecutionService executor =
            ExecutionFactory.getInstance().createExecutionService(new JsonSerializerOnly());

    private EmbeddedRouter() {
        if (!Boolean.getBoolean("bondbridge.chaincode.log")) {
            SHIM_LOG.setLevel(Level.OFF);
        }
    }

    /** Runs the request the stub carries, as the shim's router does for a peer's invoke. */
    Chaincode.Response invoke(ChaincodeStub stub) {
        try {
            if (stub.getStringArgs().isEmpty()) {
                return ResponseUtils.newSuccessResponse();
            }
            InvocationRequest request = ExecutionFactory.getInstance().createRequest(stub);
            return executor.executeRequest(route(request), request, stub);
        } catch (Throwable t) { // as the shim's router: anything thrown is the transaction's error response
            return ResponseUtils.newErrorResponse(t);
        }
    }

    /** The named function of the named contract, else that contract's unknown-transaction route. */
    TxFunction route(InvocationRequest request) {
        ContractDefinition contract = definition(request.getNamespace());
        return contract.hasTxFunction(request.getMethod())
                ? contract.getTxFunction(request.getMethod())
                : contract.getUnknownRoute();
    }

    /** The contract registered under {@code namespace}, its definition built on first use. */
    ContractDefinition definition(String namespace) {
        String name = InvocationRequest.DEFAULT_NAMESPACE.equals(namespace) ? DEFAULT_CONTRACT : namespace;
        String className = CONTRACTS.get(name);
        if (className == null) {
            // the shim's registry's words and exception for a namespace it does not know
            throw new org.hyperledger.fabric.contract.ContractRuntimeException("Undefined contract called");
        }
        return definitions.computeIfAbsent(name, n -> define(className));
    }

    /** What the shim's registry does for each contract class its scan finds. */
    @SuppressWarnings("unchecked")
    private static ContractDefinition define(String className) {
        Class<? extends ContractInterface> type;
        try {
            type = (Class<? extends ContractInterface>)
                    Class.forName(className, true, EmbeddedRouter.class.getClassLoader())
                            .asSubclass(ContractInterface.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("contract " + className + " is not on the class path", e);
        }
        ContractDefinition contract = new ContractDefinitionImpl(type);
        for (Method m : type.getMethods()) {
            if (m.getAnnotation(Transaction.class) != null) {
                contract.addTxFunction(m);
            }
        }
        return contract;
    }

    /**
     * The serializer registry the shim's scan builds: its one {@code @Serializer}, the JSON transaction
     * serializer every contract names by default.
     */
    private static final class JsonSerializerOnly extends SerializerRegistryImpl {
        private static final String JSON = JSONTransactionSerializer.class.getCanonicalName();
        private final SerializerInterface json = new JSONTransactionSerializer();

        @Override
        public SerializerInterface getSerializer(String name, Serializer.TARGET target) {
            return JSON.equals(name) && target == Serializer.TARGET.TRANSACTION ? json : null;
        }
    }
}
