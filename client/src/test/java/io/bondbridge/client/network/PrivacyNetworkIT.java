package io.bondbridge.client.network;

import static io.bondbridge.client.network.FabricNetwork.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.client.payment.SendRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a payment keeps private stays out of every block of the channel: its customer parties, purpose code and
 * remittance information travel as transient data into the agents' collection, so no block, which every member
 * holds (arguments, write sets, events, responses), carries them, while its public end-to-end id is there.
 */
class PrivacyNetworkIT extends LiveNetworkTest {

    @Test
    void noBlockOfTheChannelCarriesAPaymentsPrivateDetails() {
        String run = FabricNetwork.runId();
        String e2eId = "PRIV-" + run;
        String debtor = "Debtor Customer " + run;
        String creditor = "Creditor Customer " + run;
        String remittance = "Remittance text " + run;
        long from = FabricNetwork.transport("regulator").height();
        as("centralbank").fx().setReference("CNY", "0.1391130154");
        as("centralbank")
                .reserves()
                .add(new io.bondbridge.api.stable.AssetSpec(
                        "IT-PRIV-" + run,
                        "CNY",
                        io.bondbridge.api.stable.AssetClass.CASH,
                        "CNY",
                        new java.math.BigDecimal("1000"),
                        java.math.BigDecimal.ONE,
                        null,
                        null,
                        "IT",
                        null));
        as("centralbank").stableUnits().mint("CNY", "banka:main", "100.00");

        var sent = as("banka")
                .payments()
                .send(SendRequest.of(e2eId, "CN-HK", "banka:main", "bankb:main", "12.34", "CNY")
                        .withParties(debtor, creditor)
                        .withPurpose("TRAD", remittance)
                        .withChargeBearer("DEBT"));
        assertThat(sent.status().name()).isEqualTo("SETTLED");

        List<byte[]> blocks = FabricNetwork.eventually(
                () -> FabricNetwork.transport("regulator").blocks(from),
                bs -> bs.stream().anyMatch(b -> contains(b, e2eId)));
        assertThat(blocks).as("blocks since %d", from).isNotEmpty();
        assertThat(blocks.stream().anyMatch(b -> contains(b, e2eId)))
                .as("the public end-to-end id is in a block (the scan sees the payment)")
                .isTrue();
        assertThat(blocks.stream().anyMatch(b -> contains(b, sent.hash())))
                .as("the details' hash is public")
                .isTrue();
        List<String> leaked = new ArrayList<>();
        for (String secret : List.of(debtor, creditor, remittance, "\"TRAD\"", "\"DEBT\"")) {
            if (blocks.stream().anyMatch(b -> contains(b, secret))) {
                leaked.add(secret);
            }
        }
        assertThat(leaked).as("private details found in public blocks").isEmpty();
        // The members still read them, from the collection.
        assertThat(FabricNetwork.eventually(() -> as("bankb").payments().details(e2eId))
                        .toString())
                .contains(remittance);
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
