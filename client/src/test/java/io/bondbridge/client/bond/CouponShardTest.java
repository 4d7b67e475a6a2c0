package io.bondbridge.client.bond;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.bondbridge.api.Functions;
import io.bondbridge.api.bond.Claim;
import io.bondbridge.api.governance.DefaultParticipants;
import io.bondbridge.api.stable.BalanceShards;
import io.bondbridge.client.embedded.Endorsement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Coupon claims of one series pay from one account, so its balance is sharded (issue 12): the first claim splits
 * it, later claims each take from the shard of their transaction id and commit side by side, and the paying
 * balance falls by exactly the sum of the claims.
 */
class CouponShardTest extends BondFixture {
    private static final String S = "CGB-2026-01";
    private String period;

    @BeforeEach
    void threeHoldersAndAnOpenPeriod() {
        as("banka").governance().openAccount("ops");
        tick();
        as("centralbank").stableUnits().mint("CNY", "banka:ops", "100000.00");
        tick();
        create(fixed(S));
        subscribeAndIssue(S, "banka", "banka:main", "500", "100.00");
        subscribeAndIssue(S, "bankb", "bankb:main", "300", "100.00");
        subscribeAndIssue(S, "banka", "banka:ops", "200", "100.00");
        at("2026-06-20T09:00:00Z");
        period = bonds("centralbank").coupon(S, "2026-06-30").period();
        at("2026-07-01T09:00:00Z");
        tick();
    }

    private Endorsement simulateClaim(String msp, String account) {
        return ledger.simulate(ledger.propose(
                msp, Functions.Bond.NAME, Functions.Bond.CLAIM, List.of(S, period, account), Map.of(), now));
    }

    @Test
    void theFirstClaimSplitsThePayingBalanceAndLaterClaimsOnDifferentShardsBothCommit() {
        String payer = bonds("regulator").show(S).payingAccount();
        String[] id = payer.split(":");
        BigDecimal before = new BigDecimal(cny(payer));

        // 500 x 100.00 x 2.50% x 181/365 = 619.863... -> 619.86
        Claim first = bonds("banka").claim(S, period, "banka:main");
        tick();
        assertThat(first.amount().toPlainString()).isEqualTo("619.86");
        JsonObject head = JsonParser.parseString(
                        ledger.committed(new CompositeKey("stable.balance", id[0], id[1], "CNY").toString()))
                .getAsJsonObject();
        assertThat(head.get("shards").getAsInt()).isEqualTo(BalanceShards.COUNT);

        Endorsement b = simulateClaim(DefaultParticipants.BANK_B, "bankb:main");
        Endorsement c = null;
        for (int n = 0; n < 10_000 && c == null; n++) {
            Endorsement e = simulateClaim(DefaultParticipants.BANK_A, "banka:ops");
            if (BalanceShards.of(e.txId(), BalanceShards.COUNT) != BalanceShards.of(b.txId(), BalanceShards.COUNT)) {
                c = e;
            }
        }
        assertThat(b.ok()).as(b.message()).isTrue();
        assertThat(c.ok()).as(c.message()).isTrue();
        assertThat(b.rangeReads()).isZero(); // one shard of the payer, no sum over its rows
        ledger.commit(b);
        ledger.commit(c); // on one balance row the second would have been an MVCC conflict
        tick();

        // 300 units: 371.917... -> 371.92; 200 units: 247.945... -> 247.95; 619.86 + 371.92 + 247.95 = 1,239.73
        assertThat(new BigDecimal(cny(payer))).isEqualByComparingTo(before.subtract(new BigDecimal("1239.73")));
        assertThat(cny("bankb:main"))
                .isEqualTo(new BigDecimal(FUNDS)
                        .subtract(new BigDecimal("30000.00"))
                        .add(new BigDecimal("371.92"))
                        .toPlainString());
    }
}
