package io.bondbridge.client.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.Limits;
import io.bondbridge.client.embedded.EmbeddedLedger;
import io.bondbridge.client.embedded.Endorsement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The input limits on the ledger: each oversized input is INVALID_ARGUMENT naming the limit, before any rule runs
 * (so even a caller who could not make the call learns only that the input is too large).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputLimitsTest {
    private AccessWorld world;

    @BeforeAll
    void build() {
        world = new AccessWorld().build();
    }

    @AfterAll
    void close() {
        world.ledger.close();
    }

    private String message(String org, String contract, String function, List<String> args, Map<String, byte[]> t) {
        EmbeddedLedger ledger = world.ledger;
        Endorsement e = ledger.simulate(ledger.propose(AccessWorld.mspId(org), contract, function, args, t, world.now));
        assertThat(e.ok()).as("%s:%s succeeded", contract, function).isFalse();
        return e.message();
    }

    @Test
    void anArgumentLongerThanTheLimitIsRejectedBeforeAnyRule() {
        // 131,073 characters in the account name; banka may open accounts, so only the size stops it.
        String name = "a".repeat(Limits.MAX_ARGUMENT_CHARS + 1);
        assertThat(message("banka", "governance", "openAccount", List.of(name), Map.of()))
                .isEqualTo("INVALID_ARGUMENT: argument 1 has 131073 bytes, more than the limit of 131072");
    }

    @Test
    void aTransientValueOrMapLargerThanTheLimitIsRejected() {
        assertThat(message(
                        "banka",
                        "payment",
                        "send",
                        List.of("P-X", "CN-HK", ""),
                        Map.of("payment", new byte[Limits.MAX_TRANSIENT_BYTES + 1])))
                .isEqualTo("INVALID_ARGUMENT: transient payment has 65537 bytes, more than the limit of 65536");
        Map<String, byte[]> nine = new java.util.TreeMap<>();
        for (int i = 0; i < 9; i++) {
            nine.put("k" + i, new byte[1]);
        }
        assertThat(message("banka", "payment", "send", List.of("P-X", "CN-HK", ""), nine))
                .isEqualTo("INVALID_ARGUMENT: 9 transient keys, more than the limit of 8");
    }

    @Test
    void aListLongerThanTheLimitIsRejected() {
        String jurisdictions = String.join(",", Collections.nCopies(Limits.MAX_LIST_ITEMS + 1, "CN"));
        assertThat(message("centralbank", "corridor", "set", List.of("CN-X", jurisdictions, "", ""), Map.of()))
                .isEqualTo("INVALID_ARGUMENT: 33 jurisdictions, more than the limit of 32");
        String roles = String.join(",", Collections.nCopies(Limits.MAX_LIST_ITEMS + 1, "BANK"));
        assertThat(message("centralbank", "governance", "setRoles", List.of("bankb", roles), Map.of()))
                .isEqualTo("INVALID_ARGUMENT: 33 role items, more than the limit of 32");
    }

    @Test
    void moreReserveAssetsInOneCallThanTheLimitAreRejected() {
        List<String> specs = new ArrayList<>();
        for (int i = 0; i <= Limits.MAX_ASSETS_PER_CALL; i++) {
            specs.add(AccessWorld.cash("L-" + i, "CNY", "1"));
        }
        assertThat(message(
                        "centralbank", "reserve", "addAssets", List.of("[" + String.join(",", specs) + "]"), Map.of()))
                .isEqualTo("INVALID_ARGUMENT: 201 assets in one call, more than the limit of 200");
    }
}
