package io.bondbridge.client.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Functions;
import io.bondbridge.api.Json;
import io.bondbridge.api.governance.DefaultParticipants;
import io.bondbridge.api.payment.Instruction;
import io.bondbridge.api.stable.BalanceShards;
import io.bondbridge.client.embedded.Endorsement;
import io.bondbridge.client.transport.BondBridgeException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The FX desk's balances are split over {@link BalanceShards#COUNT} shard rows (issue 12): PvP payments through one
 * desk on different shards do not conflict, a payment reads and writes a fixed number of rows, a debit its shard
 * cannot cover sweeps exactly, and the balance is always head + shards with no row negative and supply = sum of
 * balances. The fixture's desk {@code bankb:fx} holds 1,000,000.00 HKD and quotes 1 CNY = 1.0850 HKD.
 */
class ShardedBalanceTest extends PaymentFixture {
    private static final int K = BalanceShards.COUNT;
    private static final String SALT = "0123456789abcdef0123456789abcdef";
    /** A corridor without a daily limit: a limited one serializes every payment on its usage row of the day. */
    private static final String FREE = "CN-HK-FREE";

    private int seq;

    /** Debtors banka:d1..d6 (100,000.00 CNY each) and creditors bankb:c1..c6: only the desk is shared. */
    private static final int PAIRS = 6;

    @BeforeEach
    void unlimitedCorridorAndPairs() {
        as("centralbank").payments().corridors().set(FREE, "CN,HK", "CNY,HKD", null);
        for (int n = 1; n <= PAIRS; n++) {
            as("banka").governance().openAccount("d" + n);
            as("bankb").governance().openAccount("c" + n);
        }
        tick();
        for (int n = 1; n <= PAIRS; n++) {
            as("centralbank").stableUnits().mint("CNY", "banka:d" + n, "100000.00");
        }
        tick();
    }

    /** A PvP payment of {@code amount} CNY from banka:d{pair} to bankb:c{pair} through the desk, simulated only. */
    private Endorsement simulatePvp(String amount, int pair) {
        String e2e = "SH-" + (++seq);
        Instruction i = SendRequest.of(e2e, FREE, "banka:d" + pair, "bankb:c" + pair, amount, "CNY")
                .withFx("HKD", RATE, "bankb:fx")
                .instruction()
                .withSalt(SALT);
        return ledger.simulate(ledger.propose(
                DefaultParticipants.BANK_A,
                Functions.Payment.NAME,
                Functions.Payment.SEND,
                List.of(e2e, FREE, ""),
                Map.of(Instruction.TRANSIENT_KEY, Json.bytes(i)),
                now));
    }

    /**
     * A PvP payment reads its 18 rows in five requests of the peer, not 18 (a first credit's account row adds one),
     * and writes its six rows in one: the caller's participant; what the arguments name (the end-to-end id, the
     * corridor, the alert threshold, the CNY reference rate); the creditor's alias; what the accounts' owners name;
     * the desk's two shards; the writes. The read set is exactly the rows read one by one before.
     */
    @Test
    void aPvpPaymentAsksThePeerForItsRowsInFewRequestsAndReadsNoRowMore() {
        Endorsement first = simulatePvp("100.00", 1);
        assertThat(first.ok()).as(first.message()).isTrue();
        assertThat(first.pointReads().stream().map(k -> k.replace('\u0000', ' ').strip()))
                .containsExactlyInAnyOrder(
                        "gov.participant BankAMSP",
                        "pay.payment " + first.proposal().args().get(0),
                        "pay.corridor " + FREE,
                        "gov.param alertThresholdUsd",
                        "pay.param alertThresholdUsd",
                        "gov.fxref CNY",
                        "gov.alias bankb",
                        "gov.participant BankBMSP",
                        "pay.block BankAMSP",
                        "pay.block BankBMSP",
                        "pay.quote BankBMSP CNY HKD",
                        "stable.balance BankAMSP d1 CNY",
                        "stable.balance BankBMSP c1 HKD",
                        "gov.account BankBMSP c1",
                        "stable.balance BankBMSP fx CNY",
                        "stable.balance BankBMSP fx HKD",
                        "stable.balshard BankBMSP fx CNY " + String.format("%04d", BalanceShards.of(first.txId(), K)),
                        "stable.balshard BankBMSP fx HKD " + String.format("%04d", BalanceShards.of(first.txId(), K)));
        assertThat(first.stateRequests()).isEqualTo(7);
        ledger.commit(first);

        // c1's balance row now vouches for its account: no account row, one request fewer
        Endorsement next = simulatePvp("100.00", 1);
        assertThat(next.ok()).as(next.message()).isTrue();
        assertThat(next.pointReads()).noneMatch(k -> k.contains("gov.account"));
        assertThat(next.stateRequests()).isEqualTo(6);
    }

    /** A PvP payment from banka:d{pair} to bankb:c{pair} naming desk shard {@code fxShard} (any text), simulated. */
    private Endorsement simulatePvpNaming(String fxShard, int pair) {
        String e2e = "SH-" + (++seq);
        Instruction i = SendRequest.of(e2e, FREE, "banka:d" + pair, "bankb:c" + pair, "100.00", "CNY")
                .withFx("HKD", RATE, "bankb:fx")
                .instruction();
        return propose(e2e, withFxShard(i, fxShard));
    }

    private Endorsement propose(String e2e, Instruction i) {
        return ledger.simulate(ledger.propose(
                DefaultParticipants.BANK_A,
                Functions.Payment.NAME,
                Functions.Payment.SEND,
                List.of(e2e, FREE, ""),
                Map.of(Instruction.TRANSIENT_KEY, Json.bytes(i.withSalt(SALT))),
                now));
    }

    private static Instruction withFxShard(Instruction i, String fxShard) {
        return new Instruction(
                i.from(),
                i.to(),
                i.amount(),
                i.currency(),
                i.settleCurrency(),
                i.rate(),
                i.fxProvider(),
                fxShard,
                i.debtor(),
                i.creditor(),
                i.chargeBearer(),
                i.purpose(),
                i.info(),
                i.salt());
    }

    /** Simulated until its transaction id's shard is (or is not) {@code shard}. */
    private Endorsement simulatePvpOn(String amount, int pair, int shard, boolean same) {
        for (int n = 0; n < 10_000; n++) {
            Endorsement e = simulatePvp(amount, pair);
            if ((BalanceShards.of(e.txId(), K) == shard) == same) {
                return e;
            }
        }
        throw new AssertionError("no transaction id found on the wanted shard");
    }

    private JsonObject row(String kind, String... parts) {
        String v = ledger.committed(new CompositeKey(kind, parts).toString());
        return v == null ? null : JsonParser.parseString(v).getAsJsonObject();
    }

    private BigDecimal shard(String currency, int i) {
        JsonObject o = row("stable.balshard", "BankBMSP", "fx", currency, String.format("%04d", i));
        return o == null ? BigDecimal.ZERO : new BigDecimal(o.get("balance").getAsString());
    }

    /** head + every shard of the desk's balance, from the committed rows; asserts no row is negative. */
    private BigDecimal rowsSum(String currency) {
        BigDecimal sum = new BigDecimal(
                row("stable.balance", "BankBMSP", "fx", currency).get("balance").getAsString());
        assertThat(sum.signum()).as("head of %s", currency).isNotNegative();
        for (int i = 0; i < K; i++) {
            BigDecimal s = shard(currency, i);
            assertThat(s.signum()).as("shard %d of %s", i, currency).isNotNegative();
            sum = sum.add(s);
        }
        return sum;
    }

    private BigDecimal bal(String account, String currency) {
        return new BigDecimal(balance(account, currency));
    }

    @Test
    void theQuoteSplitsTheDesksBalancesEvenlyAndABalanceReadIsTheirSum() {
        JsonObject head = row("stable.balance", "BankBMSP", "fx", "HKD");
        assertThat(head.get("shards").getAsInt()).isEqualTo(K);
        assertThat(head.get("balance").getAsString()).isEqualTo("0.00");
        // 100,000,000 minor units / 1024 = 97,656 rem 256: shard 0 holds 979.12, the others 976.56 each.
        assertThat(shard("HKD", 0)).isEqualByComparingTo("979.12");
        assertThat(shard("HKD", 1)).isEqualByComparingTo("976.56");
        assertThat(shard("HKD", K - 1)).isEqualByComparingTo("976.56");
        assertThat(rowsSum("HKD")).isEqualByComparingTo("1000000.00");
        assertThat(balance("bankb:fx", "HKD")).isEqualTo("1000000.00");
        // The CNY side was split too, at zero: the first payments do not all meet on the split.
        assertThat(row("stable.balance", "BankBMSP", "fx", "CNY").get("shards").getAsInt())
                .isEqualTo(K);
        assertThat(as("bankb").stableUnits().balances(null, "bankb:fx").stream()
                        .map(b -> b.currency() + " " + b.balance().toPlainString())
                        .toList())
                .containsExactly("CNY 0.00", "HKD 1000000.00");
    }

    @Test
    void twoPaymentsThroughOneDeskOnDifferentShardsBothCommitAndReadAFixedSetOfRows() {
        Endorsement a = simulatePvp("100.00", 1);
        int shardA = BalanceShards.of(a.txId(), K);
        Endorsement b = simulatePvpOn("100.00", 2, shardA, false);
        assertThat(a.ok()).as(a.message()).isTrue();
        assertThat(b.ok()).as(b.message()).isTrue();
        // No range read: each payment reads the desk's two heads and one shard of each, whatever the history.
        assertThat(a.rangeReads()).isZero();
        assertThat(a.pointReads())
                .filteredOn(k -> k.contains("stable.balshard"))
                .hasSize(2);

        ledger.commit(a);
        ledger.commit(b);

        // 2 x 100.00 CNY in; 2 x 108.50 HKD (100 x 1.0850) out of the desk to the two creditors.
        assertThat(balance("banka:d1", "CNY")).isEqualTo("99900.00");
        assertThat(balance("bankb:fx", "CNY")).isEqualTo("200.00");
        assertThat(balance("bankb:fx", "HKD")).isEqualTo("999783.00");
        assertThat(balance("bankb:c2", "HKD")).isEqualTo("108.50");
        // Only the two shards moved: 976.56 - 108.50 = 868.06 on each (979.12 - 108.50 = 870.62 on shard 0).
        int shardB = BalanceShards.of(b.txId(), K);
        assertThat(shard("HKD", shardA).add(shard("HKD", shardB)))
                .isEqualByComparingTo(
                        (shardA == 0 || shardB == 0) ? new BigDecimal("1738.68") : new BigDecimal("1736.12"));
    }

    @Test
    void aPaymentNamingItsDeskShardMovesThatShardWhateverItsTransactionIdAndTwoNamingOneShardConflict() {
        Endorsement a = simulatePvpNaming("5", 1);
        Endorsement b = simulatePvpNaming("6", 2);
        Endorsement c = simulatePvpNaming("5", 3);
        for (Endorsement e : List.of(a, b, c)) {
            assertThat(e.ok()).as(e.message()).isTrue();
        }
        assertThat(a.pointReads())
                .filteredOn(k -> k.contains("stable.balshard"))
                .containsExactlyInAnyOrder(
                        new CompositeKey("stable.balshard", "BankBMSP", "fx", "CNY", "0005").toString(),
                        new CompositeKey("stable.balshard", "BankBMSP", "fx", "HKD", "0005").toString());
        ledger.commit(a);
        ledger.commit(b);
        // c named a's shard: it read the rows a wrote, so it loses as a stale read would.
        assertThatThrownBy(() -> ledger.commit(c))
                .isInstanceOfSatisfying(
                        BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        // 976.56 - 108.50 on shards 5 and 6 (1,000,000.00 / 1024 = 976.56 rem 256 minor units on shard 0).
        assertThat(shard("HKD", 5)).isEqualByComparingTo("868.06");
        assertThat(shard("HKD", 6)).isEqualByComparingTo("868.06");
        assertThat(shard("CNY", 5)).isEqualByComparingTo("100.00");
        assertThat(rowsSum("HKD")).isEqualByComparingTo("999783.00");
    }

    @Test
    void aDeskShardOutsideTheDeskOrForAPaymentWithoutFxIsRejectedAndWritesNothing() {
        for (String bad : List.of("1024", "-1", "five", "1.5")) {
            Endorsement e = simulatePvpNaming(bad, 1);
            assertThat(e.ok()).as(bad).isFalse();
            assertThat(e.message()).contains("INVALID_ARGUMENT", "fx shard must be a whole number from 0 to 1023");
        }
        Instruction gross = withFxShard(
                SendRequest.of("SH-G", FREE, "banka:d1", "bankb:c1", "1.00", "CNY")
                        .instruction(),
                "5");
        Endorsement e = propose("SH-G", gross);
        assertThat(e.ok()).isFalse();
        assertThat(e.message()).contains("INVALID_ARGUMENT", "its shard need a settle currency");
        assertThat(balance("banka:d1", "CNY")).isEqualTo("100000.00");
        assertThat(rowsSum("HKD")).isEqualByComparingTo("1000000.00");
    }

    @Test
    void theClientNamesAnotherDeskShardForEachPaymentSoItsPaymentsNeverMeetOnOne() {
        int payments = 100; // by transaction id, 100 payments would meet on some shard 99 times in 100
        for (int n = 0; n < payments; n++) {
            as("banka")
                    .payments()
                    .send(SendRequest.of("SH-C" + n, FREE, "banka:d1", "bankb:c1", "1.00", "CNY")
                            .withFx("HKD", RATE, "bankb:fx"));
            tick();
        }
        long moved = java.util.stream.IntStream.range(0, K)
                .filter(i -> shard("CNY", i).signum() > 0)
                .count();
        assertThat(moved).isEqualTo(payments);
        assertThat(rowsSum("CNY")).isEqualByComparingTo("100.00");
    }

    @Test
    void aPaymentThroughAFrozenDeskIsRejectedThoughItsShardsWouldCoverIt() {
        assertThat(row("stable.balance", "BankBMSP", "fx", "HKD").get("active").getAsBoolean())
                .isTrue();
        // The desk's balance rows vouch for its account: a payment reads no account row of the desk's.
        assertThat(simulatePvp("100.00", 1).pointReads())
                .noneMatch(k -> k.contains("gov.account") && k.contains("\u0000fx\u0000"));
        as("regulator").governance().freeze("bankb:fx", "court order", null);
        tick();

        Endorsement e = simulatePvp("100.00", 1);
        assertThat(e.ok()).isFalse();
        assertThat(e.message()).contains("FROZEN").contains("BankBMSP:fx");
        assertThat(row("stable.balance", "BankBMSP", "fx", "HKD").has("active")).isFalse();
        assertThat(row("stable.balance", "BankBMSP", "fx", "CNY").has("active")).isFalse();
        assertThat(rowsSum("HKD")).isEqualByComparingTo("1000000.00");
    }

    @Test
    void twoPaymentsOnOneShardConflictAndTheRetryLandsOnAnotherShard() {
        Endorsement a = simulatePvp("100.00", 1);
        int shard = BalanceShards.of(a.txId(), K);
        Endorsement b = simulatePvpOn("100.00", 2, shard, true);
        ledger.commit(a);
        assertThatThrownBy(() -> ledger.commit(b))
                .isInstanceOfSatisfying(
                        BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        Endorsement retry = simulatePvpOn("100.00", 2, shard, false);
        ledger.commit(retry);
        assertThat(balance("bankb:fx", "HKD")).isEqualTo("999783.00"); // 1,000,000.00 - 2 x 108.50
        assertThat(rowsSum("HKD")).isEqualByComparingTo("999783.00");
    }

    @Test
    void aDebitLargerThanItsShardSweepsExactlyAndConflictsWithPaymentsInFlight() {
        Endorsement small = simulatePvp("1.00", 1);
        // 1,000.00 CNY settles as 1,085.00 HKD, more than any shard (at most 979.12): the exact path.
        Endorsement big = simulatePvpOn("1000.00", 2, BalanceShards.of(small.txId(), K), false);
        assertThat(big.ok()).as(big.message()).isTrue();
        assertThat(big.rangeReads()).isEqualTo(1);
        ledger.commit(big);
        // It read every HKD shard, so it serializes with a payment on any of them.
        assertThatThrownBy(() -> ledger.commit(small))
                .isInstanceOfSatisfying(
                        BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        // 1,000,000.00 - 1,085.00 = 998,915.00, spread again: 99,891,500 minor / 1024 = 97,550 rem 300.
        assertThat(balance("bankb:fx", "HKD")).isEqualTo("998915.00");
        assertThat(shard("HKD", 0)).isEqualByComparingTo("978.50");
        assertThat(shard("HKD", 7)).isEqualByComparingTo("975.50");
        assertThat(rowsSum("HKD")).isEqualByComparingTo("998915.00");
    }

    @Test
    void aDebitAboveTheWholeBalanceIsRejectedAndWritesNothing() {
        as("centralbank").stableUnits().mint("CNY", "banka:main", "1000.00");
        tick();
        // 1,000,000.00 CNY x 1.0850 = 1,085,000.00 HKD > the desk's 1,000,000.00 over all its rows.
        Endorsement e = ledger.simulate(ledger.propose(
                DefaultParticipants.BANK_A,
                Functions.Payment.NAME,
                Functions.Payment.SEND,
                List.of("SH-BIG", FREE, ""),
                Map.of(
                        Instruction.TRANSIENT_KEY,
                        Json.bytes(SendRequest.of("SH-BIG", FREE, "banka:main", "bankb:main", "1000000.00", "CNY")
                                .withFx("HKD", RATE, "bankb:fx")
                                .instruction()
                                .withSalt(SALT))),
                now));
        assertThat(e.ok()).isFalse();
        assertThat(e.message()).as(e.message()).contains("INSUFFICIENT_FUNDS", "BankBMSP:fx", "holds 1000000.00 HKD");
        assertThat(balance("bankb:fx", "HKD")).isEqualTo("1000000.00");
        assertThat(balance("banka:main", "CNY")).isEqualTo("1001000.00");
    }

    @Test
    void anUnmarkedMoveOfADeskBalanceChangesTheHeadAndReportsTheExactBalance() {
        // A plain stable transfer out of the desk: not a PvP leg, so the exact path; the head (0.00) cannot pay
        // 10.00, so it sweeps and reports 1,000,000.00 - 10.00.
        var out = as("bankb").stableUnits().transfer("HKD", "bankb:fx", "bankb:ops", "10.00");
        assertThat(out.fromBalance().toPlainString()).isEqualTo("999990.00");
        tick();
        // A transfer in lands on the head only, which then covers a transfer out without a sweep.
        as("bankb").stableUnits().transfer("HKD", "bankb:ops", "bankb:fx", "4.00");
        tick();
        assertThat(row("stable.balance", "BankBMSP", "fx", "HKD").get("balance").getAsString())
                .isEqualTo("4.00");
        var back = as("bankb").stableUnits().transfer("HKD", "bankb:fx", "bankb:ops", "3.00");
        assertThat(back.fromBalance().toPlainString()).isEqualTo("999991.00"); // 999,990 + 4 - 3
        assertThat(rowsSum("HKD")).isEqualByComparingTo("999991.00");
    }

    @Test
    void supplyEqualsTheSumOfBalancesOverInterleavedPaymentsAndNoRowGoesNegative() {
        Random random = new Random(12);
        int committed = 0;
        for (int round = 0; round < 12; round++) {
            // A batch endorsed against one state, then committed in random order: the losers are MVCC conflicts.
            List<Endorsement> batch = new ArrayList<>();
            for (int n = 1; n <= PAIRS; n++) {
                String amount = (1 + random.nextInt(1200)) + ".00"; // some above a shard: sweeps mixed in
                batch.add(simulatePvp(amount, n));
            }
            Collections.shuffle(batch, random);
            for (Endorsement e : batch) {
                try {
                    ledger.commit(e);
                    committed++;
                } catch (BondBridgeException x) {
                    assertThat(x.code()).isEqualTo(ErrorCode.CONFLICT);
                }
            }
            tick();
            assertThat(rowsSum("HKD")).isEqualByComparingTo(bal("bankb:fx", "HKD"));
            assertThat(rowsSum("CNY")).isEqualByComparingTo(bal("bankb:fx", "CNY"));
            // Every holder of each currency: supply = sum of balances.
            BigDecimal hkd = bal("bankb:fx", "HKD");
            BigDecimal cny =
                    bal("bankb:fx", "CNY").add(bal("banka:main", "CNY")).add(bal("banka:ops", "CNY"));
            for (int n = 1; n <= PAIRS; n++) {
                hkd = hkd.add(bal("bankb:c" + n, "HKD"));
                cny = cny.add(bal("banka:d" + n, "CNY"));
            }
            assertThat(hkd).isEqualByComparingTo(supply("HKD"));
            assertThat(cny).isEqualByComparingTo(supply("CNY"));
        }
        // Payments of one batch share only the desk: more than one per batch commits (12 if they serialized; 50
        // of 72 with seed 12).
        assertThat(committed).as("payments that committed").isGreaterThan(3 * 12);
    }

    private BigDecimal supply(String currency) {
        return as("regulator").stableUnits().supply(currency).unitsOutstanding().toBigDecimal();
    }
}
