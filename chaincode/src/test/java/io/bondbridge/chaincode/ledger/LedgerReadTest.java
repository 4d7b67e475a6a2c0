package io.bondbridge.chaincode.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.StateBatch;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.junit.jupiter.api.Test;

class LedgerReadTest {
    /** Committed state, the keys asked of the peer, and the writes: a stub with only what {@link Ledger} reads. */
    private final Map<String, byte[]> state = new TreeMap<>();

    private final List<String> asked = new ArrayList<>();
    private final Map<String, byte[]> written = new TreeMap<>();
    /** The requests the stub served, one entry per round trip: the keys read or written in it. */
    private final List<List<String>> requests = new ArrayList<>();

    private Ledger ledger() {
        return new Ledger(stub(ChaincodeStub.class));
    }

    /** A ledger whose stub takes batches ({@link StateBatch}), as on a Fabric 3.1 peer. */
    private Ledger batchingLedger() {
        return new Ledger(stub(ChaincodeStub.class, StateBatch.class));
    }

    @SuppressWarnings("unchecked")
    private ChaincodeStub stub(Class<?>... types) {
        return (ChaincodeStub)
                Proxy.newProxyInstance(ChaincodeStub.class.getClassLoader(), types, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getState" -> {
                            requests.add(List.of((String) args[0]));
                            asked.add((String) args[0]);
                            return state.get((String) args[0]);
                        }
                        case "putState" -> {
                            requests.add(List.of((String) args[0]));
                            written.put((String) args[0], (byte[]) args[1]);
                            return null;
                        }
                        case "getStates" -> {
                            List<String> keys = (List<String>) args[0];
                            requests.add(keys);
                            asked.addAll(keys);
                            return keys.stream().map(state::get).toList();
                        }
                        case "write" -> {
                            List<StateBatch.Write> writes = (List<StateBatch.Write>) args[0];
                            requests.add(
                                    writes.stream().map(StateBatch.Write::key).toList());
                            writes.forEach(w -> written.put(w.key(), w.value()));
                            return null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    @Test
    void aKeyIsAskedOfThePeerOncePerTransactionPresentOrAbsent() {
        Key present = Key.of("gov.participant", "BankAMSP");
        Key absent = Key.of("gov.participant", "banka");
        state.put(present.encoded(), "\"BankAMSP\"".getBytes(StandardCharsets.UTF_8));
        Ledger ledger = ledger();

        for (int i = 0; i < 3; i++) {
            assertThat(ledger.find(present, String.class)).contains("BankAMSP");
            assertThat(ledger.exists(absent)).isFalse();
        }
        assertThat(asked).containsExactly(present.encoded(), absent.encoded());

        // a new transaction asks again
        Ledger next = ledger();
        next.find(present, String.class);
        assertThat(asked).hasSize(3);
    }

    @Test
    void aReadAfterTheTransactionsOwnWriteStillSeesCommittedStateAsOnFabric() {
        Key key = Key.of("stable.balance", "BankAMSP", "main", "CNY");
        state.put(key.encoded(), "\"1.00\"".getBytes(StandardCharsets.UTF_8));
        Ledger ledger = ledger();

        assertThat(ledger.find(key, String.class)).contains("1.00");
        ledger.put(key, "2.00");
        assertThat(ledger.find(key, String.class)).contains("1.00");

        Key fresh = Key.of("stable.balance", "BankAMSP", "ops", "CNY");
        ledger.put(fresh, "5.00");
        assertThat(ledger.exists(fresh)).isFalse();
        ledger.finish();
        assertThat(new String(written.get(key.encoded()), StandardCharsets.UTF_8))
                .isEqualTo("\"2.00\"");
    }

    @Test
    void writesReachThePeerOnlyWhenTheTransactionFinishesAndInOneRequestWhereTheStubTakesBatches() {
        Key a = Key.of("stable.balance", "BankAMSP", "main", "CNY");
        Key b = Key.of("stable.balance", "BankBMSP", "main", "CNY");
        Ledger rejected = batchingLedger();
        rejected.put(a, "1.00");
        // a function that throws after writing never gets to finish: nothing was sent
        assertThat(requests).isEmpty();

        Ledger ledger = batchingLedger();
        ledger.put(a, "1.00");
        ledger.put(b, "2.00");
        assertThat(requests).isEmpty();
        ledger.finish();
        assertThat(requests).containsExactly(List.of(a.encoded(), b.encoded()));
        assertThat(written).containsOnlyKeys(a.encoded(), b.encoded());

        // one key at a time where the stub takes no batches: the same writes
        requests.clear();
        written.clear();
        Ledger single = ledger();
        single.put(a, "1.00");
        single.put(b, "2.00");
        single.finish();
        assertThat(requests).containsExactly(List.of(a.encoded()), List.of(b.encoded()));
        assertThat(written).containsOnlyKeys(a.encoded(), b.encoded());
    }

    @Test
    void aPrefetchAsksOnceForTheKeysNotYetReadAndLaterReadsAskNothing() {
        Key read = Key.of("gov.participant", "BankAMSP");
        Key present = Key.of("gov.participant", "BankBMSP");
        Key absent = Key.of("gov.participant", "BankZMSP");
        state.put(read.encoded(), "\"BankAMSP\"".getBytes(StandardCharsets.UTF_8));
        state.put(present.encoded(), "\"BankBMSP\"".getBytes(StandardCharsets.UTF_8));
        Ledger ledger = batchingLedger();
        ledger.find(read, String.class);

        ledger.prefetch(List.of(read, present, absent, present));
        assertThat(requests).containsExactly(List.of(read.encoded()), List.of(present.encoded(), absent.encoded()));
        assertThat(ledger.find(present, String.class)).contains("BankBMSP");
        assertThat(ledger.exists(absent)).isFalse();
        assertThat(requests).hasSize(2);
    }
}
