package io.bondbridge.chaincode.ledger;

import static org.assertj.core.api.Assertions.assertThat;

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

    private Ledger ledger() {
        ChaincodeStub stub = (ChaincodeStub) Proxy.newProxyInstance(
                ChaincodeStub.class.getClassLoader(), new Class<?>[] {ChaincodeStub.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getState" -> {
                            asked.add((String) args[0]);
                            return state.get((String) args[0]);
                        }
                        case "putState" -> {
                            written.put((String) args[0], (byte[]) args[1]);
                            return null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                });
        return new Ledger(stub);
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
        assertThat(new String(written.get(key.encoded()), StandardCharsets.UTF_8))
                .isEqualTo("\"2.00\"");

        Key fresh = Key.of("stable.balance", "BankAMSP", "ops", "CNY");
        ledger.put(fresh, "5.00");
        assertThat(ledger.exists(fresh)).isFalse();
    }
}
