package io.bondbridge.client.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.audit.History;
import io.bondbridge.api.audit.HistoryEntry;
import io.bondbridge.api.audit.StressResult;
import io.bondbridge.api.audit.StressScenario;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.api.stable.Composition;
import io.bondbridge.api.stable.MerkleProof;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.api.stable.ReservePolicy;
import io.bondbridge.client.stable.StableFixture;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuditTest extends StableFixture {

    private AuditClient auditor() {
        return as("regulator").audit();
    }

    private static JsonObject withoutTx(Composition c) {
        JsonObject o = Json.parse(Json.write(c)).getAsJsonObject();
        o.remove("asOfTxId");
        return o;
    }

    @Nested
    class AsOf {
        @Test
        void theCompositionAsOfAnEarlierTimeOrTransactionIsWhatAuditReservesReportedThen() {
            Map<Instant, String> reported = new LinkedHashMap<>();
            Map<String, Instant> txAt = new LinkedHashMap<>();
            var cb = "centralbank";
            txAt.put(
                    as(cb).reserves()
                            .addAll(List.of(
                                    cash("C-1", "CNY", "1000000.00"),
                                    asset("B-1", AssetClass.TBILL, "CNY", "400000", "0.995", today().plusDays(60))))
                            .txId(),
                    now);
            reported.put(now, Json.write(auditor().reserves("CNY")));
            tick();
            as(cb).fx().setReference("CNY", "0.14");
            tick();
            txAt.put(
                    as(cb).reserves()
                            .add(new AssetSpec(
                                    "USD-1",
                                    "CNY",
                                    AssetClass.FX_DEPOSIT,
                                    "USD",
                                    new BigDecimal("50000"),
                                    BigDecimal.ONE,
                                    null,
                                    null,
                                    "Bank of X",
                                    null))
                            .txId(),
                    now);
            reported.put(now, Json.write(auditor().reserves("CNY")));
            tick();
            txAt.put(as(cb).stableUnits().mint("CNY", "banka:main", "500000.00").txId(), now);
            reported.put(now, Json.write(auditor().reserves("CNY")));
            tick();
            txAt.put(
                    as(cb).reserves()
                            .update("C-1", new AssetSpec.Update(new BigDecimal("900000"), null, null, null))
                            .txId(),
                    now);
            reported.put(now, Json.write(auditor().reserves("CNY")));
            tick();
            txAt.put(as(cb).stableUnits().mint("CNY", "bankb:main", "200000.00").txId(), now);
            reported.put(now, Json.write(auditor().reserves("CNY")));
            tick();
            txAt.put(
                    as("banka")
                            .stableUnits()
                            .redeem("CNY", "banka:main", "100000.00")
                            .txId(),
                    now);
            reported.put(now, Json.write(auditor().reserves("CNY")));
            tick();
            txAt.put(as(cb).reserves().remove("B-1").txId(), now);
            reported.put(now, Json.write(auditor().reserves("CNY")));
            tick();
            txAt.put(
                    as(cb).reserves()
                            .setPolicy(
                                    "CNY",
                                    new ReservePolicy.PolicyChange(
                                            null,
                                            null,
                                            Map.of(AssetClass.FX_DEPOSIT, new BigDecimal("0.05")),
                                            null,
                                            null,
                                            null,
                                            null,
                                            null))
                            .txId(),
                    now);
            reported.put(now, Json.write(auditor().reserves("CNY")));
            tick();
            as(cb).fx().setReference("CNY", "0.13");
            reported.put(now, Json.write(auditor().reserves("CNY")));
            tick();
            as(cb).reserves().add(cash("C-2", "CNY", "1.00"));
            tick();

            assertThat(reported.values()).doesNotHaveDuplicates();
            for (Map.Entry<Instant, String> r : reported.entrySet()) {
                assertThat(Json.write(auditor().reservesAsOf("CNY", r.getKey())))
                        .as("as of %s", r.getKey())
                        .isEqualTo(r.getValue());
            }
            for (Map.Entry<String, Instant> t : txAt.entrySet()) {
                Composition byTx = auditor().reserves("CNY", t.getKey(), null);
                assertThat(byTx.asOfTxId()).isEqualTo(t.getKey());
                assertThat(withoutTx(byTx))
                        .as("as of tx at %s", t.getValue())
                        .isEqualTo(Json.parse(reported.get(t.getValue())));
            }
            // between two transactions the state is the earlier one's
            Instant third = new ArrayList<>(reported.keySet()).get(2);
            JsonObject between = Json.parse(Json.write(auditor().reservesAsOf("CNY", third.plusSeconds(30))))
                    .getAsJsonObject();
            JsonObject then = Json.parse(reported.get(third)).getAsJsonObject();
            between.remove("asOf");
            then.remove("asOf");
            assertThat(between).isEqualTo(then);
            // before anything existed: an empty reserve
            assertThat(auditor().reservesAsOf("CNY", START).assetCount()).isZero();
        }

        @Test
        void eachMintRecordsTheReserveItWasCheckedAgainstAndTheReserveListsTheMintsItBacked() {
            as("centralbank").reserves().add(cash("C-1", "CNY", "1000.00"));
            tick();
            var m1 = as("centralbank").stableUnits().mint("CNY", "banka:main", "100.00");
            tick();
            var m2 = as("centralbank").stableUnits().mint("CNY", "banka:main", "200.00");
            tick();
            Composition c = auditor().reserves("CNY");
            assertThat(m1.reserveDigest()).isEqualTo(m2.reserveDigest()).isEqualTo(c.digest());
            assertThat(c.backedMintCount()).isEqualTo(2);
            assertThat(c.backedMints()).extracting(Composition.BackedMint::txId).containsExactly(m2.txId(), m1.txId());
            assertThat(c.backedMints().get(0).coverage()).isEqualByComparingTo("3.3333");
            as("centralbank").reserves().add(cash("C-2", "CNY", "1.00"));
            tick();
            Composition after = auditor().reserves("CNY");
            assertThat(after.digest()).isNotEqualTo(c.digest());
            assertThat(after.backedMintCount()).isZero();
            // the mint's transaction leads back to the reserve that backed it
            assertThat(auditor().reserves("CNY", m1.txId(), null).digest()).isEqualTo(m1.reserveDigest());
            assertRejected(ErrorCode.NOT_FOUND, () -> auditor().reserves("CNY", "ab".repeat(32), null));
        }
    }

    @Nested
    class Proofs {
        @Test
        void aProofVerifiesForEveryListedAssetAndFailsWhenTampered() {
            as("centralbank")
                    .reserves()
                    .addAll(List.of(
                            cash("A-1", "CNY", "100.00"),
                            cash("A-2", "CNY", "200.00"),
                            asset("B-1", AssetClass.TBILL, "CNY", "300", "0.99", today().plusDays(30)),
                            asset("G-1", AssetClass.GOV_BOND, "CNY", "400", "1.0125", today().plusYears(2)),
                            cash("Z-9", "CNY", "500.00")));
            tick();
            Composition c = auditor().reserves("CNY");
            List<ReserveAsset> assets = as("regulator").reserves().assets("CNY");
            assertThat(assets).extracting(ReserveAsset::id).containsExactly("A-1", "A-2", "B-1", "G-1", "Z-9");
            // the digest recomputed here from the listed assets, by the documented rule
            assertThat(root(assets.stream().map(Json::write).toList())).isEqualTo(c.digest());
            for (int i = 0; i < assets.size(); i++) {
                MerkleProof p =
                        auditor().reserves("CNY", null, assets.get(i).id()).proof();
                assertThat(p.index()).isEqualTo(i);
                assertThat(p.leafCount()).isEqualTo(5);
                assertThat(p.root()).isEqualTo(c.digest());
                assertThat(p.leaf()).isEqualTo(Json.write(assets.get(i)));
                assertThat(MerkleProofs.verify(p))
                        .as("proof of %s", p.assetId())
                        .isTrue();
                // tampered leaf: the custodian's statement says another quantity
                String forged = p.leaf().replace("\"quantity\":\"", "\"quantity\":\"1");
                assertThat(MerkleProofs.verify(forged, p.path(), p.root())).isFalse();
                // tampered path and swapped sides
                List<MerkleProof.Step> path = new ArrayList<>(p.path());
                MerkleProof.Step s0 = path.get(0);
                path.set(
                        0,
                        new MerkleProof.Step(
                                s0.side(), s0.hash().replaceFirst(".", s0.hash().startsWith("0") ? "1" : "0")));
                assertThat(MerkleProofs.verify(p.leaf(), path, p.root())).isFalse();
                path.set(0, new MerkleProof.Step(s0.side().equals("left") ? "right" : "left", s0.hash()));
                assertThat(MerkleProofs.verify(p.leaf(), path, p.root())).isFalse();
            }
            // the last of five leaves is promoted twice: its proof has one step only
            assertThat(auditor().reserves("CNY", null, "Z-9").proof().path()).hasSize(1);
            assertRejected(ErrorCode.NOT_FOUND, () -> auditor().reserves("CNY", null, "NOPE"));
        }

        @Test
        void aProofAsOfAnEarlierTimeVerifiesAgainstThatTimesDigest() {
            as("centralbank").reserves().addAll(List.of(cash("A-1", "CNY", "100.00"), cash("A-2", "CNY", "200.00")));
            Instant then = now;
            String digestThen = auditor().reserves("CNY").digest();
            tick();
            as("centralbank").reserves().remove("A-1");
            tick();
            Composition c = auditor().reserves("CNY", then.toString(), "A-1");
            assertThat(c.digest()).isEqualTo(digestThen);
            assertThat(MerkleProofs.verify(c.proof())).isTrue();
            assertRejected(ErrorCode.NOT_FOUND, () -> auditor().reserves("CNY", null, "A-1"));
        }

        @Test
        void anEmptyReserveHasTheDigestOfNothing() {
            assertThat(auditor().reserves("CNY").digest())
                    .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        }

        /** The documented rule, written again here independently of the chaincode. */
        private static String root(List<String> leaves) {
            List<byte[]> level = new ArrayList<>();
            for (String leaf : leaves) {
                level.add(sha(new byte[] {0}, leaf.getBytes(StandardCharsets.UTF_8)));
            }
            while (level.size() > 1) {
                List<byte[]> next = new ArrayList<>();
                for (int i = 0; i < level.size(); i += 2) {
                    next.add(i + 1 < level.size() ? sha(new byte[] {1}, level.get(i), level.get(i + 1)) : level.get(i));
                }
                level = next;
            }
            return HexFormat.of().formatHex(level.get(0));
        }

        private static byte[] sha(byte[]... parts) {
            try {
                MessageDigest d = MessageDigest.getInstance("SHA-256");
                for (byte[] p : parts) {
                    d.update(p);
                }
                return d.digest();
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Nested
    class Stress {
        /**
         * Known portfolio on 2026-01-05, 1,000,000.00 CNY units outstanding, default haircuts:
         * CASH 300,000.00; TBILL 500,000 x 1.00 maturing in 73 days; GOV_BOND 300,000 x 1.00 maturing in 3650 days.
         * Short share (Treasuries within a year over all but cash) 500,000 / 800,000 = 0.625, minimum set to 0.60.
         */
        private void portfolio() {
            as("centralbank")
                    .reserves()
                    .addAll(List.of(
                            cash("C-1", "CNY", "300000.00"),
                            asset("B-1", AssetClass.TBILL, "CNY", "500000", "1", today().plusDays(73)),
                            asset("G-1", AssetClass.GOV_BOND, "CNY", "300000", "1", today().plusDays(3650))));
            tick();
            as("centralbank")
                    .reserves()
                    .setPolicy(
                            "CNY",
                            new ReservePolicy.PolicyChange(
                                    null, null, null, null, null, null, new BigDecimal("0.60"), null));
            tick();
            as("centralbank").stableUnits().mint("CNY", "banka:main", "1000000.00");
            tick();
        }

        @Test
        void aYieldShockOf100bpMatchesTheHandComputation() {
            portfolio();
            String before = ledger.stateDigest();
            StressResult r = auditor().stress("CNY", new StressScenario(100, null, null, null));
            // Before: 300,000 + 500,000 x (1 - 0.005) + 300,000 x (1 - 0.02)
            //       = 300,000 + 497,500 + 294,000 = 1,091,500.00 -> coverage 1.0915
            // +100 bp, price x (1 - D x 0.01), D = days / 365:
            //   TBILL    D = 73/365 = 0.2: 500,000 x 0.998 = 499,000.00, after haircut x 0.995 = 496,505.00
            //   GOV_BOND D = 3650/365 = 10: 300,000 x 0.90  = 270,000.00, after haircut x 0.98  = 264,600.00
            // After: 300,000 + 496,505 + 264,600 = 1,061,105.00 -> coverage 1.061105 -> 1.0611 (DOWN)
            assertThat(r.coverageBefore()).isEqualByComparingTo("1.0915");
            assertThat(r.reserveValueAfterHaircutsAfter().toPlainString()).isEqualTo("1061105.00");
            assertThat(r.coverageAfter()).isEqualByComparingTo("1.0611");
            assertThat(r.reserveValueAfter().toPlainString()).isEqualTo("1069000.00");
            assertThat(r.valueChangeByClass().get("TBILL").toPlainString()).isEqualTo("-1000.00");
            assertThat(r.valueChangeByClass().get("GOV_BOND").toPlainString()).isEqualTo("-30000.00");
            assertThat(r.valueChangeByClass().get("CASH").toPlainString()).isEqualTo("0.00");
            // short share after: TBILL and GOV_BOND within a year over all but cash
            //   = 499,000 / (499,000 + 270,000) = 0.6489 >= 0.60: nothing breaks
            assertThat(r.breaches()).isEmpty();
            assertThat(ledger.stateDigest()).as("a stress test writes nothing").isEqualTo(before);
        }

        @Test
        void aLargeShockBreaksCoverage() {
            portfolio();
            StressResult r = auditor().stress("CNY", new StressScenario(1000, null, null, null));
            // +1000 bp: TBILL x (1 - 0.2 x 0.1) = 490,000 -> 487,550.00 after haircut; GOV_BOND x (1 - 10 x 0.1) = 0
            // 300,000 + 487,550 = 787,550.00 -> 0.7875
            assertThat(r.coverageAfter()).isEqualByComparingTo("0.7875");
            assertThat(r.breaches()).containsExactly("minCoverage");
        }

        @Test
        void aRedemptionRunPaysOutOfTheMostLiquidAssetsFirst() {
            portfolio();
            StressResult r = auditor().stress("CNY", new StressScenario(null, null, null, new BigDecimal("50")));
            // 500,000.00 redeemed: CASH pays 300,000; the TBILL pays 200,000 at its after-haircut value:
            //   sold = 500,000 x 200,000 / 497,500 = 201,005.0251... -> 201,005.03 (UP); left 298,994.97
            //   left after haircut = 298,994.97 x 0.995 = 298,994.97 - 1,494.97485 = 297,499.99515 -> 297,499.99
            //   (selling rounds UP and valuing rounds DOWN: the run never flatters the reserve)
            // reserve after haircuts 297,499.99 + 294,000.00 = 591,499.99 for 500,000.00 units
            //   -> 1.18299998 -> 1.1829 (DOWN)
            assertThat(r.runPaid().toPlainString()).isEqualTo("500000.00");
            assertThat(r.unitsOutstandingAfter().toPlainString()).isEqualTo("500000.00");
            assertThat(r.reserveValueAfterHaircutsAfter().toPlainString()).isEqualTo("591499.99");
            assertThat(r.coverageAfter()).isEqualByComparingTo("1.1829");
            // what is left is mostly the long bond: 298,994.97 / 598,994.97 = 0.4991 within a year < 0.60
            assertThat(r.breaches()).containsExactly("minShortShare");
        }

        @Test
        void fxAndMetalShocksMoveOnlyTheirAssets() {
            as("centralbank").fx().setReference("CNY", "0.125");
            tick();
            as("centralbank")
                    .reserves()
                    .addAll(List.of(
                            cash("C-1", "CNY", "1000000.00"),
                            new AssetSpec(
                                    "USD-1",
                                    "CNY",
                                    AssetClass.FX_DEPOSIT,
                                    "USD",
                                    new BigDecimal("100000"),
                                    BigDecimal.ONE,
                                    null,
                                    null,
                                    "Bank of X",
                                    null),
                            new AssetSpec(
                                    "AU-1",
                                    "CNY",
                                    AssetClass.GOLD,
                                    "USD",
                                    new BigDecimal("100"),
                                    new BigDecimal("2500"),
                                    null,
                                    null,
                                    null,
                                    null)));
            tick();
            // USD deposit 100,000 / 0.125 = 800,000.00 CNY; gold 100 x 2,500 / 0.125 = 2,000,000.00 CNY
            StressResult r = auditor()
                    .stress(
                            "CNY",
                            new StressScenario(
                                    null, Map.of("USD", new BigDecimal("-10")), new BigDecimal("-20"), null));
            // USD -10%: deposit 720,000.00 and gold 1,800,000.00; then metal -20%: gold 1,440,000.00
            assertThat(r.valueChangeByClass().get("FX_DEPOSIT").toPlainString()).isEqualTo("-80000.00");
            assertThat(r.valueChangeByClass().get("GOLD").toPlainString()).isEqualTo("-560000.00");
            assertThat(r.valueChangeByClass().get("CASH").toPlainString()).isEqualTo("0.00");
            assertThat(r.coverageBefore()).isNull();
            assertThat(r.breaches()).isEmpty();
            assertRejected(ErrorCode.INVALID_ARGUMENT, "redemption run 101% is outside (-100, 100]", () -> auditor()
                    .stress("CNY", new StressScenario(null, null, null, new BigDecimal("101"))));
        }
    }

    @Nested
    class KeyHistory {
        @Test
        void anAccountsHistoryListsEveryBalanceVersionOldestFirst() {
            as("centralbank").reserves().add(cash("C-1", "CNY", "1000.00"));
            tick();
            as("centralbank").stableUnits().mint("CNY", "banka:main", "100.00");
            tick();
            var t = as("banka").stableUnits().transfer("CNY", "banka:main", "bankb:main", "40.00");
            tick();
            History h = as("banka").audit().history("account", "banka:main");
            assertThat(h.entries())
                    .extracting(e -> e.value().getAsJsonObject().get("balance").getAsString())
                    .containsExactly("100.00", "60.00");
            assertThat(h.entries().get(1).txId()).isEqualTo(t.txId());
            assertThat(h.entries().get(0).key()).isEqualTo("stable.balance/BankAMSP/main/CNY");
            assertThat(auditor().history("account", "bankb:main").entries()).hasSize(1);
            assertRejected(ErrorCode.FORBIDDEN, "BankBMSP may not read the history of BankAMSP:main", () -> as("bankb")
                    .audit()
                    .history("account", "banka:main"));
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT, "bond holding 'X' is not of the form SERIES:ORG:name", () -> auditor()
                            .history("bond-holding", "X"));
        }

        @Test
        void aReserveAssetsHistoryIncludesItsRemoval() {
            as("centralbank").reserves().add(cash("C-1", "CNY", "1000.00"));
            tick();
            as("centralbank").reserves().update("C-1", new AssetSpec.Update(new BigDecimal("900"), null, null, null));
            tick();
            as("centralbank").reserves().remove("C-1");
            tick();
            History h = as("bankb").audit().history("reserve-asset", "C-1");
            assertThat(h.entries()).extracting(HistoryEntry::deleted).containsExactly(false, false, true);
            assertThat(h.entries()
                            .get(1)
                            .value()
                            .getAsJsonObject()
                            .get("quantity")
                            .getAsString())
                    .isEqualTo("900");
            assertThat(h.entries()).extracting(HistoryEntry::timestamp).isSorted();
        }
    }
}
