package io.bondbridge.client.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.governance.DefaultParticipants;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.contract.ScannedRouter;
import org.hyperledger.fabric.contract.execution.InvocationRequest;
import org.hyperledger.fabric.contract.routing.ContractDefinition;
import org.hyperledger.fabric.contract.routing.TxFunction;
import org.hyperledger.fabric.contract.routing.TypeRegistry;
import org.hyperledger.fabric.contract.routing.impl.RoutingRegistryImpl;
import org.hyperledger.fabric.shim.Chaincode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded ledger names its contracts instead of scanning the class path (start-up time): these tests hold that
 * list to what the shim's scan finds, and the embedded router's answers to those of the shim's own router, built
 * as a peer's chaincode server builds it.
 */
class EmbeddedRouterTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    /**
     * The shim's router sets these to INFO when built, and then logs every request (and every rejection, at
     * SEVERE, in other tests' output too); held so the level set here sticks.
     */
    private static final List<Logger> SHIM_LOGS = List.of(
            Logger.getLogger("org.hyperledger"),
            Logger.getLogger("org.hyperledger.fabric.shim"),
            Logger.getLogger("org.hyperledger.fabric.contract"));

    private static RoutingRegistryImpl scanned;
    private static ContractRouter shimRouter;

    private final Identities identities = new Identities();

    @BeforeAll
    static void scan() {
        Runnable quiet = () -> SHIM_LOGS.forEach(log -> log.setLevel(Level.OFF));
        quiet.run();
        scanned = new RoutingRegistryImpl();
        scanned.findAndSetContracts(TypeRegistry.getRegistry());
        shimRouter = ScannedRouter.create(quiet);
    }

    @Test
    void namesEveryContractTheShimsScanFindsAndNoOther() {
        Map<String, String> found = new TreeMap<>();
        for (ContractDefinition d : scanned.getAllDefinitions()) {
            found.put(d.getName(), d.getContractImpl().getName());
        }
        assertThat(found).isEqualTo(new TreeMap<>(EmbeddedRouter.CONTRACTS));
        assertThat(scanned.getContract(InvocationRequest.DEFAULT_NAMESPACE).getName())
                .isEqualTo(EmbeddedRouter.DEFAULT_CONTRACT);
    }

    @Test
    void definesEachContractAsTheShimsScanDoes() {
        for (String name : EmbeddedRouter.CONTRACTS.keySet()) {
            ContractDefinition ours = EmbeddedRouter.INSTANCE.definition(name);
            ContractDefinition shim = scanned.getContract(name);
            assertThat(ours.getContractImpl()).isEqualTo(shim.getContractImpl());
            assertThat(ours.isDefault()).as(name).isEqualTo(shim.isDefault());
            assertThat(functions(ours)).as(name).isEqualTo(functions(shim)).isNotEmpty();
            assertThat(ours.getUnknownRoute().getRouting().getMethod())
                    .isEqualTo(shim.getUnknownRoute().getRouting().getMethod());
        }
        assertThat(EmbeddedRouter.INSTANCE.definition(InvocationRequest.DEFAULT_NAMESPACE))
                .isSameAs(EmbeddedRouter.INSTANCE.definition(EmbeddedRouter.DEFAULT_CONTRACT));
    }

    /** Each transaction function: name, intent and the method it runs. */
    private static Map<String, String> functions(ContractDefinition contract) {
        return contract.getTxFunctions().stream()
                .collect(Collectors.toMap(
                        TxFunction::getName,
                        f -> f.getType() + " " + f.getRouting().getMethod(),
                        (a, b) -> a,
                        TreeMap::new));
    }

    @Test
    void answersLikeTheShimsRouterOnTheSameState() {
        WorldState state = new WorldState();
        // the bootstrap, compared and then committed, so the requests after it meet registered participants
        Proposal init = proposal(DefaultParticipants.CENTRAL_BANK, "governance:init");
        EmbeddedStub initStub = compare(init, state);
        state.apply(record(1, init, initStub));

        compare(proposal(DefaultParticipants.REGULATOR, "governance:listParticipants"), state);
        compare(proposal(DefaultParticipants.BANK_A, "governance:openAccount", "trading"), state);
        compare(proposal(DefaultParticipants.BANK_A, "governance:getAccount", "banka:main"), state);
        // rejected by a rule (FORBIDDEN), by beforeTransaction (not a participant), and unknown routes
        compare(proposal(DefaultParticipants.BANK_A, "governance:freezeAccount", "bankb:main", "x", ""), state);
        compare(proposal("NobodyMSP", "bond:show", "CGB-2030"), state);
        compare(proposal(DefaultParticipants.BANK_A, "governance:noSuchFunction"), state);
        compare(proposal(DefaultParticipants.BANK_A, "nosuchcontract:listParticipants"), state);
        // no namespace: the @Default contract
        compare(proposal(DefaultParticipants.REGULATOR, "listParticipants"), state);
        // the shim's system contract, which the scan registers too
        compare(proposal(DefaultParticipants.BANK_A, "org.hyperledger.fabric:GetMetadata"), state);
        // arguments the function does not take
        compare(proposal(DefaultParticipants.BANK_A, "governance:openAccount"), state);
    }

    private Proposal proposal(String mspId, String function, String... args) {
        return new Proposal(
                "tx-" + function, T0, mspId, identities.creator(mspId), function, Arrays.asList(args), Map.of());
    }

    /** Runs the proposal through both routers on {@code state}; both must answer and write alike. */
    private static EmbeddedStub compare(Proposal p, WorldState state) {
        EmbeddedStub ours = new EmbeddedStub(p, state, Collections.bundled());
        EmbeddedStub shims = new EmbeddedStub(p, state, Collections.bundled());
        Chaincode.Response a = EmbeddedRouter.INSTANCE.invoke(ours);
        Chaincode.Response b = shimRouter.invoke(shims);
        String what = p.mspId() + " " + p.function() + " " + p.args();
        assertThat(a.getStatus()).as(what).isEqualTo(b.getStatus());
        assertThat(a.getMessage()).as(what).isEqualTo(b.getMessage());
        assertThat(text(a.getPayload())).as(what).isEqualTo(text(b.getPayload()));
        assertThat(writes(ours)).as(what).isEqualTo(writes(shims));
        assertThat(event(ours)).as(what).isEqualTo(event(shims));
        return ours;
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static Map<String, String> writes(EmbeddedStub stub) {
        Map<String, String> writes = new TreeMap<>();
        stub.writes.forEach((k, v) -> writes.put(k, text(v)));
        return writes;
    }

    private static String event(EmbeddedStub stub) {
        return stub.event() == null
                ? null
                : stub.event().getEventName() + " " + stub.event().getPayload().toStringUtf8();
    }

    private static TxRecord record(long seq, Proposal p, EmbeddedStub stub) {
        List<TxRecord.Write> writes = new ArrayList<>();
        stub.writes.forEach((k, v) -> writes.add(new TxRecord.Write(k, TxRecord.b64(v))));
        return new TxRecord(seq, p.txId(), p.timestamp(), p.mspId(), p.function(), p.args(), writes, List.of(), null);
    }
}
