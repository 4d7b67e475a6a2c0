package io.bondbridge.client.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.bondbridge.api.Json;
import io.bondbridge.api.stable.HeadroomShards;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.stable.StableFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shard count may grow (32 became 256): a ledger rebalanced under the old count lacks the new shards' rows. A
 * redemption onto such a shard must still count in base + shards, so it creates the shard closed, with no allowance.
 * The missing row is made here by a logged delete, as a ledger rebalanced before the count grew would lack it.
 */
class HeadroomGrowthTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private static String shardKey(int shard) {
        return new CompositeKey("stable.headroom", "CNY", String.format(java.util.Locale.ROOT, "%02d", shard))
                .toString();
    }

    @Test
    void aRedemptionOntoAShardMissingSinceTheLastRebalanceCreatesItClosedAndStillCounts(@TempDir Path dir)
            throws IOException {
        String redeemer = "BankAMSP:main";
        int shard = HeadroomShards.of(redeemer);
        try (EmbeddedLedger ledger = EmbeddedLedger.open(dir)) {
            BondBridge central = BondBridge.open(ledger.transport("centralbank").at(T0));
            central.governance().init();
            central.reserves().add(StableFixture.cash("CASH", "CNY", "1000000.00"));
            central.stableUnits().mint("CNY", "banka:main", "1000.00"); // exact path: base and every shard
            assertThat(ledger.committed(shardKey(shard))).isNotNull();
        }
        // The shard's row goes, as if the last rebalance had run under a smaller count.
        try (TxLog log = TxLog.open(dir.resolve(EmbeddedLedger.LOG_FILE), true, p -> {})) {
            TxRecord delete = new TxRecord(
                    log.records() + 1,
                    "test-drop-shard",
                    T0.plusSeconds(1),
                    "CentralBankMSP",
                    "test:dropShard",
                    List.of(),
                    List.of(new TxRecord.Write(shardKey(shard), null)),
                    List.of(),
                    null);
            log.append(Json.bytes(delete));
        }
        try (EmbeddedLedger ledger = EmbeddedLedger.open(dir)) {
            assertThat(ledger.committed(shardKey(shard))).isNull();
            BondBridge bank = BondBridge.open(ledger.transport("banka").at(T0.plusSeconds(60)));
            bank.stableUnits().redeem("CNY", "banka:main", "40.00");

            JsonObject row =
                    JsonParser.parseString(ledger.committed(shardKey(shard))).getAsJsonObject();
            assertThat(row.get("redeemed").getAsString()).isEqualTo("40.00");
            assertThat(row.get("allowance").getAsString()).isEqualTo("0.00");
            assertThat(row.has("open") && row.get("open").getAsBoolean()).isFalse();
            // 1,000.00 minted - 40.00 redeemed: base (1,000.00 minted at the rebalance) + this shard's 40.00 redeemed
            assertThat(BondBridge.open(ledger.transport("regulator"))
                            .stableUnits()
                            .supply("CNY")
                            .unitsOutstanding()
                            .toPlainString())
                    .isEqualTo("960.00");
        }
    }
}
