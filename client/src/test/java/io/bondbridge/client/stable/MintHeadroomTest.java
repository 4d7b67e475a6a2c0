package io.bondbridge.client.stable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Functions;
import io.bondbridge.api.Json;
import io.bondbridge.api.governance.DefaultParticipants;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.api.stable.Composition;
import io.bondbridge.api.stable.HeadroomShards;
import io.bondbridge.api.stable.MintResult;
import io.bondbridge.api.stable.RebalanceResult;
import io.bondbridge.api.stable.ReservePolicy;
import io.bondbridge.client.embedded.Endorsement;
import io.bondbridge.client.transport.BondBridgeException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Escrowed mint headroom: a mint draws on its recipient's allowance shard instead of summing every supply row, so
 * mints to recipients on different shards do not conflict and a mint's reads do not grow with history, while the
 * reserve still covers every unit (checked here against the supply rows, summed the old way).
 */
class MintHeadroomTest extends StableFixture {
    /** Accounts of Bank A and Bank B that receive mints, by their canonical ids. */
    private final List<String> accounts = new ArrayList<>();

    @BeforeEach
    void reserveAndAccounts() {
        as("centralbank").reserves().add(cash("CNY-CASH-1", "CNY", "1000000.00"));
        tick();
        accounts.add("BankAMSP:main");
        accounts.add("BankBMSP:main");
        for (int i = 1; i <= 3; i++) {
            as("banka").governance().openAccount("a" + i);
            as("bankb").governance().openAccount("b" + i);
            accounts.add("BankAMSP:a" + i);
            accounts.add("BankBMSP:b" + i);
        }
        tick();
    }

    private StableClient units(String org) {
        return as(org).stableUnits();
    }

    private Endorsement simulateMint(String account, String amount) {
        return ledger.simulate(ledger.propose(
                DefaultParticipants.CENTRAL_BANK, "stable", "mint", List.of("CNY", account, amount), Map.of(), now));
    }

    private JsonObject row(String kind, String... parts) {
        String v = ledger.committed(new CompositeKey(kind, parts).toString());
        return v == null ? null : JsonParser.parseString(v).getAsJsonObject();
    }

    private JsonObject shard(int i) {
        return row("stable.headroom", "CNY", String.format(java.util.Locale.ROOT, "%02d", i));
    }

    private static BigDecimal dec(JsonObject o, String field) {
        return new BigDecimal(o.get(field).getAsString());
    }

    /** A mint of {@code amount} to {@code account} simulated until its transaction id's shard is (or is not) {@code shard}. */
    private Endorsement simulateMintOn(String account, String amount, int shard, boolean same) {
        for (int i = 0; i < 10_000; i++) {
            Endorsement e = simulateMint(account, amount);
            if ((HeadroomShards.of(e.txId()) == shard) == same) {
                return e;
            }
        }
        throw new AssertionError("no transaction id found on the wanted shard");
    }

    @Test
    void mintsOnDifferentShardsBothCommitWhereTheSupplyRangeReadMadeThemConflict() {
        // The first mint of the currency takes the exact path (it creates the base and the shards).
        units("centralbank").mint("CNY", "banka:main", "1000.00");
        tick();
        Endorsement a = simulateMint("BankAMSP:a1", "10.00");
        Endorsement b = simulateMintOn("BankBMSP:b1", "20.00", HeadroomShards.of(a.txId()), false);
        assertThat(a.ok()).as(a.message()).isTrue();
        assertThat(b.ok()).as(b.message()).isTrue();
        // Before escrow both summed every stable.supply row: each was a phantom read of the other's new row.
        assertThat(a.rangeReads()).isZero();
        assertThat(b.rangeReads()).isZero();

        ledger.commit(a);
        ledger.commit(b);

        assertThat(units("regulator").supply("CNY").unitsOutstanding().toPlainString())
                .isEqualTo("1030.00");
    }

    @Test
    void twoMintsOnOneShardConflictAndTheRetryDrawsOnAnotherShard() {
        units("centralbank").mint("CNY", "banka:main", "1000.00");
        tick();
        // Two recipients, one shard: chosen by recipient they would have met on every attempt.
        Endorsement a = simulateMint("BankAMSP:a1", "10.00");
        int shard = HeadroomShards.of(a.txId());
        Endorsement b = simulateMintOn("BankBMSP:b1", "20.00", shard, true);
        ledger.commit(a);
        assertThatThrownBy(() -> ledger.commit(b))
                .isInstanceOfSatisfying(
                        BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        // The retry is a new transaction, so a new id and (here) another shard: it commits on the fast path.
        Endorsement retry = simulateMint("BankBMSP:b1", "20.00");
        assertThat(HeadroomShards.of(retry.txId())).isNotEqualTo(shard);
        ledger.commit(retry);
        assertThat(units("regulator").supply("CNY").unitsOutstanding().toPlainString())
                .isEqualTo("1030.00"); // 1,000.00 + 10.00 + 20.00, the conflicting attempt counted nowhere
    }

    @Test
    void exactPathMintsStillConflictAsEveryMintDidBeforeEscrow() {
        // No headroom rows yet: both mints take the exact path, read the supply rows and write every shard.
        Endorsement a = simulateMint("BankAMSP:a1", "10.00");
        Endorsement b = simulateMintOn("BankBMSP:b1", "20.00", HeadroomShards.of(a.txId()), false);
        ledger.commit(a);
        assertThatThrownBy(() -> ledger.commit(b))
                .isInstanceOfSatisfying(
                        BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
    }

    @Test
    void aFastPathMintReportsItsShardAndGrantDigestAndLeavesTheExactFiguresToTheSupply() {
        MintResult first = units("centralbank").mint("CNY", "banka:main", "100000.00");
        assertThat(first.exact()).isTrue();
        assertThat(first.unitsOutstanding().toPlainString()).isEqualTo("100000.00");
        tick();
        MintResult m = units("centralbank").mint("CNY", "bankb:main", "600.00");
        assertThat(m.exact()).isFalse();
        assertThat(m.unitsOutstanding()).isNull();
        assertThat(m.coverage()).isNull();
        assertThat(m.reserveValueAfterHaircuts()).isNull();
        assertThat(m.shard()).isNotEqualTo(first.shard()); // the client's next shard, not the recipient's
        assertThat(m.reserveDigest())
                .isEqualTo(first.reserveDigest())
                .isEqualTo(as("regulator").audit().reserves("CNY").digest());
        // 900,000.00 = 90,000,000 minor units over 256 shards: 351,562 each, remainder 128 on shard 0;
        // 600.00 drawn: 3,515.62 - 600.00 = 2,915.62 (shard 0: 3,516.90 - 600.00 = 2,916.90)
        assertThat(m.shardHeadroom().toPlainString()).isEqualTo(m.shard() == 0 ? "2916.90" : "2915.62");
        assertThat(units("regulator").supply("CNY").unitsOutstanding().toPlainString())
                .isEqualTo("100600.00");
    }

    @Test
    void aClientsMintsInARowDrawOnDistinctShardsAndAPlainMintOnItsTransactions() {
        units("centralbank").mint("CNY", "banka:main", "100000.00");
        tick();
        java.util.Set<Integer> shards = new java.util.HashSet<>();
        for (int i = 0; i < 40; i++) {
            MintResult m = units("centralbank").mint("CNY", accounts.get(i % accounts.size()), "1.00");
            assertThat(m.exact()).isFalse();
            shards.add(m.shard());
        }
        assertThat(shards).hasSize(40); // so mints in flight together never share a shard row
        MintResult plain = Json.read(
                as("centralbank")
                        .transport()
                        .submit(Functions.Stable.NAME, Functions.Stable.MINT, "CNY", "banka:main", "1.00")
                        .payload(),
                MintResult.class);
        assertThat(plain.shard()).isEqualTo(HeadroomShards.of(plain.txId()));
    }

    @Test
    void aShardOutsideTheRangeIsBadInputAndChangesNothing() {
        units("centralbank").mint("CNY", "banka:main", "100000.00");
        tick();
        for (String shard : List.of("256", "-1", "x", "")) {
            assertRejected(ErrorCode.INVALID_ARGUMENT, () -> mintOnShard("centralbank", shard));
        }
        MintResult last = mintOnShard("centralbank", "255");
        assertThat(last.shard()).isEqualTo(255);
    }

    @Test
    void theFirstMintRecordsTheIssuerOnEveryShardAndAnotherIssuerOfTheCurrencyIsStillForbiddenThere() {
        assertThat(shard(7).has("issuer")).isFalse(); // granted with the reserve, before any policy existed
        // The first mint stores the policy and takes the exact path under it (the coverage it reports), though shard 3
        // holds headroom granted before; its rebalance records the issuer on every shard.
        assertThat(mintOnShard("centralbank", "3").coverage()).isNotNull();
        tick();
        for (int i : List.of(0, 3, 7, HeadroomShards.COUNT - 1)) {
            assertThat(shard(i).get("issuer").getAsString()).isEqualTo(DefaultParticipants.CENTRAL_BANK);
        }

        ledger.transport("centralbank")
                .at(now)
                .submit(
                        "governance",
                        "addParticipant",
                        "{\"mspId\":\"CnStableMSP\",\"alias\":\"cnstable\",\"jurisdiction\":\"CN\","
                                + "\"currencies\":[\"CNY\"],\"roles\":[\"STABLE_ISSUER\"]}");
        tick();
        JsonObject before = shard(7);
        BondBridgeException e = assertRejected(ErrorCode.FORBIDDEN, () -> mintOnShard("CnStableMSP", "7"));
        assertThat(e.getMessage()).contains("CNY units are issued by CentralBankMSP");
        assertThat(shard(7)).isEqualTo(before);
    }

    private MintResult mintOnShard(String org, String shard) {
        return Json.read(
                as(org).transport()
                        .submit(
                                Functions.Stable.NAME,
                                Functions.Stable.MINT_ON_SHARD,
                                "CNY",
                                "banka:main",
                                "1.00",
                                shard)
                        .payload(),
                MintResult.class);
    }

    @Test
    void aMintBeyondTheTotalHeadroomIsRejectedAndChangesNothingWhileOneExactlyAtItCommits() {
        units("centralbank").mint("CNY", "banka:main", "100000.00");
        tick();
        assertRejected(ErrorCode.POLICY_VIOLATION, "reserve coverage", () -> units("centralbank")
                .mint("CNY", "bankb:main", "900000.01"));
        MintResult m = units("centralbank").mint("CNY", "bankb:main", "900000.00");
        assertThat(m.exact()).isTrue();
        assertThat(m.unitsOutstanding().toPlainString()).isEqualTo("1000000.00");
        assertThat(m.shardHeadroom().toPlainString()).isEqualTo("0.00");
        assertThat(allowances()).isEqualByComparingTo("0");
        tick();
        assertRejected(ErrorCode.POLICY_VIOLATION, () -> units("centralbank").mint("CNY", "bankb:main", "0.01"));
        // redeemed units free headroom one for one, on the redeemer's shard
        units("bankb").redeem("CNY", "bankb:main", "50.00");
        tick();
        assertThat(allowances()).isEqualByComparingTo("50.00");
        // A mint of the freed 50.00 commits: from the redeemer's shard on the fast path, else exactly (the exact
        // check finds 1,000,000.00 outstanding again, at capacity) with a rebalance.
        MintResult again = units("centralbank").mint("CNY", "bankb:main", "50.00");
        assertThat(again.exact()).isEqualTo(again.shard() != HeadroomShards.of("BankBMSP:main"));
        assertThat(units("regulator").supply("CNY").unitsOutstanding().toPlainString())
                .isEqualTo("1000000.00");
    }

    @Test
    void aFastPathMintReadsAsManyKeysAfter500EarlierMintsAsAfter10() {
        as("centralbank").reserves().add(cash("CNY-CASH-2", "CNY", "100000000.00"));
        tick();
        for (int i = 0; i < 10; i++) {
            units("centralbank").mint("CNY", accounts.get(i % accounts.size()), "1.00");
        }
        tick();
        Endorsement after10 = simulateMint("BankAMSP:main", "1.00");
        for (int i = 10; i < 500; i++) {
            units("centralbank").mint("CNY", accounts.get(i % accounts.size()), "1.00");
        }
        tick();
        Endorsement after500 = simulateMint("BankAMSP:main", "1.00");

        assertThat(after10.ok()).as(after10.message()).isTrue();
        assertThat(after500.ok()).as(after500.message()).isTrue();
        assertThat(after500.pointReads()).hasSameSizeAs(after10.pointReads());
        // The issuer's participant, its shard (recording the issuer: no policy row), the recipient's participant (the
        // account is named by MSP ID) and the balance (marked active: no account row).
        assertThat(after500.pointReads())
                .hasSize(4)
                .noneMatch(k -> k.contains("stable.policy") || k.contains("gov.account"));
        assertThat(after10.rangeReads()).isZero();
        assertThat(after500.rangeReads()).isZero();
        assertThat(after500.rangeReadKeys()).isEqualTo(after10.rangeReadKeys()).isZero();
        assertThat(after500.pointReads())
                .filteredOn(k -> k.contains("stable.headroom"))
                .hasSize(1);
        assertThat(units("regulator").supply("CNY").unitsOutstanding().toPlainString())
                .isEqualTo("500.00");
    }

    @Test
    void headroomPlusOutstandingNeverExceedsCapacityOverARandomSequence() {
        Random random = new Random(20260105L);
        List<String> assets = new ArrayList<>(List.of("CNY-CASH-1"));
        int steps = 300;
        int succeeded = 0;
        int fastMints = 0;
        int nextAsset = 2;
        for (int step = 0; step < steps; step++) {
            tick();
            int op = random.nextInt(100);
            try {
                if (op < 45) {
                    String to = accounts.get(random.nextInt(accounts.size()));
                    // Up to 10,000.00: with 256 shards a shard holds 1/256 of the free headroom, and larger
                    // mints would nearly always take the exact path.
                    MintResult m = units("centralbank").mint("CNY", to, cents(1 + random.nextInt(1_000_000)));
                    if (!m.exact()) {
                        fastMints++;
                    }
                } else if (op < 65) {
                    String from = accounts.get(random.nextInt(accounts.size()));
                    String org = from.startsWith("BankAMSP") ? "banka" : "bankb";
                    Amount balance = units("regulator").balance("CNY", from).balance();
                    long max = Math.max(1, balance.minor());
                    units(org).redeem("CNY", from, cents(1 + Math.floorMod(random.nextLong(), max)));
                } else if (op < 75) {
                    String id = "CNY-CASH-" + nextAsset++;
                    as("centralbank").reserves().add(cash(id, "CNY", cents(1 + random.nextInt(50_000_000))));
                    assets.add(id);
                } else if (op < 82) {
                    String id = assets.get(random.nextInt(assets.size()));
                    as("centralbank").reserves().remove(id);
                    assets.remove(id);
                } else if (op < 89) {
                    String id = assets.get(random.nextInt(assets.size()));
                    BigDecimal price = BigDecimal.valueOf(50 + random.nextInt(51), 2);
                    as("centralbank").reserves().update(id, new AssetSpec.Update(null, price, null, null));
                } else if (op < 95) {
                    BigDecimal min = BigDecimal.valueOf(90 + random.nextInt(40), 2);
                    as("centralbank")
                            .reserves()
                            .setPolicy(
                                    "CNY",
                                    new ReservePolicy.PolicyChange(min, null, null, null, null, null, null, null));
                } else {
                    RebalanceResult r = units("centralbank").rebalance("CNY");
                    assertThat(r.shards()).isEqualTo(HeadroomShards.COUNT);
                }
                succeeded++;
            } catch (BondBridgeException e) {
                assertThat(e.code())
                        .as(e.getMessage())
                        .isIn(
                                ErrorCode.POLICY_VIOLATION,
                                ErrorCode.INSUFFICIENT_FUNDS,
                                ErrorCode.NOT_FOUND,
                                ErrorCode.INVALID_ARGUMENT);
            }
            assertInvariant(step);
        }
        assertThat(succeeded).as("steps that committed").isGreaterThan(steps / 2);
        assertThat(fastMints).as("fast-path mints").isGreaterThan(20);
    }

    private static String cents(long minor) {
        return Amount.ofMinor(minor, 2).toPlainString();
    }

    private BigDecimal allowances() {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < HeadroomShards.COUNT; i++) {
            JsonObject s = shard(i);
            if (s != null) {
                sum = sum.add(dec(s, "allowance"));
            }
        }
        return sum;
    }

    private void assertInvariant(int step) {
        JsonObject base = row("stable.supplybase", "CNY");
        if (base == null) {
            return; // nothing minted or rebalanced yet
        }
        BigDecimal outstanding = dec(base, "minted").subtract(dec(base, "redeemed"));
        BigDecimal allowances = BigDecimal.ZERO;
        boolean anyOpen = false;
        for (int i = 0; i < HeadroomShards.COUNT; i++) {
            JsonObject s = shard(i);
            outstanding = outstanding.add(dec(s, "minted")).subtract(dec(s, "redeemed"));
            allowances = allowances.add(dec(s, "allowance"));
            anyOpen |= s.has("open") && s.get("open").getAsBoolean();
        }
        // the old way: every supply row up to now (the as-of view sums them)
        Composition history = as("regulator").audit().reserves("CNY", now.toString(), null);
        assertThat(outstanding)
                .as("step %d: base + shards = supply rows", step)
                .isEqualByComparingTo(history.unitsOutstanding().toBigDecimal());
        assertThat(units("regulator").supply("CNY").unitsOutstanding().toBigDecimal())
                .isEqualByComparingTo(outstanding);

        Composition c = as("regulator").audit().reserves("CNY");
        BigDecimal capacity =
                c.reserveValueAfterHaircuts().toBigDecimal().divide(c.minCoverage(), 2, RoundingMode.DOWN);
        if (anyOpen) {
            assertThat(allowances.add(outstanding))
                    .as("step %d: allowances + outstanding <= capacity", step)
                    .isLessThanOrEqualTo(capacity);
        } else {
            assertThat(allowances).as("step %d: no headroom while closed", step).isZero();
        }
    }
}
