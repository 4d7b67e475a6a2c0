package io.bondbridge.client.stable;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.api.stable.Composition;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.api.stable.ReserveChangeResult;
import io.bondbridge.api.stable.ReservePolicy;
import io.bondbridge.api.stable.ReservePolicyResult;
import io.bondbridge.client.embedded.Endorsement;
import io.bondbridge.client.transport.BondBridgeException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReservesTest extends StableFixture {
    static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private ReserveClient reserves(String org) {
        return as(org).reserves();
    }

    private static ReservePolicy.PolicyChange change() {
        return ReservePolicy.PolicyChange.NONE;
    }

    private static ReservePolicy.PolicyChange minShortShare(String ratio) {
        return new ReservePolicy.PolicyChange(null, null, null, null, null, null, new BigDecimal(ratio), null);
    }

    @Nested
    class Add {
        @Test
        void recordsAnAssetWithItsAttestationAndDefaults() {
            AssetSpec bill = new AssetSpec(
                    "CGB-B-2603",
                    null,
                    AssetClass.TBILL,
                    "CNY",
                    new BigDecimal("500000000.00"),
                    new BigDecimal("0.99680"),
                    today().plusDays(80),
                    null,
                    "MOF-CN",
                    HASH.toUpperCase());
            ReserveChangeResult r = reserves("centralbank").add(bill);
            assertThat(r.kind().name()).isEqualTo("ADD");
            assertThat(r.reserveValue().toPlainString()).isEqualTo("498400000.00");
            ReserveAsset a = reserves("regulator").asset("CGB-B-2603");
            assertThat(a.reserve()).isEqualTo("CNY");
            assertThat(a.quantity().toPlainString()).isEqualTo("500000000");
            assertThat(a.unitPrice().toPlainString()).isEqualTo("0.9968");
            assertThat(a.custodian()).isEqualTo("CentralBankMSP");
            assertThat(a.recordedBy()).isEqualTo("CentralBankMSP");
            assertThat(a.issuer()).isEqualTo("MOF-CN");
            assertThat(a.valuedAt()).isEqualTo(now);
            assertThat(a.attestation().attestedBy()).isEqualTo("CentralBankMSP");
            assertThat(a.attestation().attestedAt()).isEqualTo(now);
            assertThat(a.attestation().statementHash()).isEqualTo(HASH);
        }

        @Test
        void anAssetRecordIsWrittenAsExactCanonicalBytes() {
            AssetSpec bill = new AssetSpec(
                    "TB-1",
                    null,
                    AssetClass.TBILL,
                    "CNY",
                    new BigDecimal("1000000.00"),
                    new BigDecimal("0.9968"),
                    java.time.LocalDate.parse("2026-03-31"),
                    null,
                    "MOF-CN",
                    HASH);
            Endorsement e = ledger.simulate(ledger.propose(
                    "CentralBankMSP",
                    "reserve",
                    "addAsset",
                    List.of(io.bondbridge.api.Json.write(bill)),
                    Map.of(),
                    now));
            assertThat(e.ok()).as(e.message()).isTrue();
            assertThat(StableUnitsTest.written(e, "\u0000stable.asset\u0000CNY\u0000TB-1\u0000"))
                    .isEqualTo("{\"assetClass\":\"TBILL\",\"attestation\":{\"attestedAt\":\"2026-01-05T09:01:00Z\","
                            + "\"attestedBy\":\"CentralBankMSP\",\"statementHash\":\"" + HASH + "\"},"
                            + "\"currency\":\"CNY\",\"custodian\":\"CentralBankMSP\",\"id\":\"TB-1\",\"issuer\":\"MOF-CN\","
                            + "\"maturity\":\"2026-03-31\",\"quantity\":\"1000000\",\"recordedBy\":\"CentralBankMSP\","
                            + "\"reserve\":\"CNY\",\"unitPrice\":\"0.9968\",\"valuedAt\":\"2026-01-05T09:01:00Z\"}");
            // the Merkle leaf of the asset is exactly these stored bytes
            ledger.commit(e);
            assertThat(as("regulator")
                            .audit()
                            .reserves("CNY", null, "TB-1")
                            .proof()
                            .leaf())
                    .isEqualTo(StableUnitsTest.written(e, "\u0000stable.asset\u0000CNY\u0000TB-1\u0000"));
        }

        @Test
        void aBankCannotAddReserveAssetsAndNothingChanges() {
            BondBridgeException e =
                    assertRejected(ErrorCode.FORBIDDEN, () -> reserves("banka").add(cash("C-1", "CNY", "100.00")));
            assertThat(e.getMessage()).contains("BankAMSP may not record reserve assets");
            assertRejected(ErrorCode.NOT_FOUND, () -> reserves("regulator").asset("C-1"));
        }

        @Test
        void aCustodianRecordsOnlyWhatItHolds() {
            AssetSpec other = new AssetSpec(
                    "C-1",
                    null,
                    AssetClass.CASH,
                    "CNY",
                    BigDecimal.TEN,
                    BigDecimal.ONE,
                    null,
                    "hkcentralbank",
                    null,
                    null);
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "CentralBankMSP may not record assets held by HKCentralBankMSP: a custodian records its own holdings",
                    () -> reserves("centralbank").add(other));
            AssetSpec sub = new AssetSpec(
                    "C-2",
                    null,
                    AssetClass.CASH,
                    "CNY",
                    BigDecimal.TEN,
                    BigDecimal.ONE,
                    null,
                    "ICBC Custody",
                    null,
                    null);
            reserves("centralbank").add(sub);
            assertThat(reserves("regulator").asset("C-2").custodian()).isEqualTo("ICBC Custody");
            assertThat(reserves("regulator").asset("C-2").issuer()).isEqualTo("ICBC Custody");
            assertThat(reserves("regulator").asset("C-2").recordedBy()).isEqualTo("CentralBankMSP");
            AssetSpec own = new AssetSpec(
                    "C-3",
                    null,
                    AssetClass.CASH,
                    "CNY",
                    BigDecimal.TEN,
                    BigDecimal.ONE,
                    null,
                    "centralbank",
                    null,
                    null);
            reserves("centralbank").add(own);
            assertThat(reserves("regulator").asset("C-3").custodian()).isEqualTo("CentralBankMSP");
        }

        @Test
        void billsNeedAMaturityWithinTheMaximumDays() {
            assertRejected(ErrorCode.INVALID_ARGUMENT, "TBILL B-0 needs a maturity date", () -> reserves("centralbank")
                    .add(asset("B-0", AssetClass.TBILL, "CNY", "100", "0.99", null)));
            BondBridgeException e = assertRejected(ErrorCode.POLICY_VIOLATION, () -> reserves("centralbank")
                    .add(asset("B-94", AssetClass.TBILL, "CNY", "100", "0.99", today().plusDays(94))));
            assertThat(e.getMessage()).contains("matures in 94 days, above the maximum 93 days");
            assertRejected(ErrorCode.INVALID_ARGUMENT, "of B-old is before today", () -> reserves("centralbank")
                    .add(asset("B-old", AssetClass.TBILL, "CNY", "100", "0.99", today().minusDays(1))));
            reserves("centralbank").add(asset("B-93", AssetClass.TBILL, "CNY", "100", "0.99", today().plusDays(93)));
        }

        @Test
        void anAssetIdIsUniqueAcrossReserves() {
            reserves("centralbank").add(cash("X-1", "CNY", "10"));
            tick();
            assertRejected(
                    ErrorCode.ALREADY_EXISTS, () -> reserves("hkcentralbank").add(cash("X-1", "HKD", "10")));
            assertRejected(
                    ErrorCode.ALREADY_EXISTS, () -> reserves("centralbank").add(cash("X-1", "CNY", "10")));
            reserves("centralbank").remove("X-1");
            tick();
            // a removed id can come back to the same reserve, never to another
            assertRejected(
                    ErrorCode.ALREADY_EXISTS, () -> reserves("hkcentralbank").add(cash("X-1", "HKD", "10")));
            reserves("centralbank").add(cash("X-1", "CNY", "20"));
        }

        @Test
        void aClassOutsideTheEligibleOnesIsRejected() {
            as("centralbank")
                    .reserves()
                    .setPolicy(
                            "CNY",
                            new ReservePolicy.PolicyChange(
                                    null,
                                    List.of(AssetClass.CASH, AssetClass.TBILL),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null));
            tick();
            AssetSpec gold = new AssetSpec(
                    "AU-1",
                    "CNY",
                    AssetClass.GOLD,
                    "USD",
                    new BigDecimal("100"),
                    new BigDecimal("2650.40"),
                    null,
                    null,
                    null,
                    null);
            BondBridgeException e = assertRejected(
                    ErrorCode.POLICY_VIOLATION, () -> reserves("centralbank").add(gold));
            assertThat(e.getMessage()).contains("class GOLD of AU-1 is not eligible for the CNY reserve");
        }

        @Test
        void aForeignCurrencyAssetIsValuedThroughUsdReferenceRates() {
            AssetSpec deposit = new AssetSpec(
                    "USD-DEP-1",
                    "CNY",
                    AssetClass.FX_DEPOSIT,
                    "USD",
                    new BigDecimal("1000000.00"),
                    BigDecimal.ONE,
                    null,
                    null,
                    "Bank of X",
                    null);
            BondBridgeException e = assertRejected(
                    ErrorCode.NOT_FOUND, () -> reserves("centralbank").add(deposit));
            assertThat(e.getMessage()).contains("no USD reference rate for CNY");
            assertRejected(ErrorCode.FORBIDDEN, "BankAMSP may not set the USD reference rate of CNY", () -> as("banka")
                    .fx()
                    .setReference("CNY", "0.14"));
            as("centralbank").fx().setReference("CNY", "0.14");
            tick();
            reserves("centralbank").add(deposit);
            tick();
            Composition c = as("regulator").audit().reserves("CNY");
            // 1,000,000 USD x 1 / 0.14 = 7,142,857.142857... -> 7,142,857.14 CNY (DOWN)
            assertThat(c.byCurrency().get("USD").toPlainString()).isEqualTo("7142857.14");
            // FX_DEPOSIT haircut 1%: 7,142,857.14 x 0.99 = 7,071,428.5686 -> 7,071,428.56
            assertThat(c.reserveValueAfterHaircuts().toPlainString()).isEqualTo("7071428.56");
            as("regulator").fx().setReference("CNY", "0.125");
            tick();
            // 1,000,000 / 0.125 = 8,000,000.00
            assertThat(as("regulator").audit().reserves("CNY").reserveValue().toPlainString())
                    .isEqualTo("8000000.00");
            assertThat(as("regulator").fx().history("CNY")).hasSize(2);
        }

        @Test
        void malformedInputIsAnInvalidArgumentNotAnInternalError() {
            var t = ledger.transport("centralbank").at(now);
            String codec = "malformed AssetSpec: "; // the JSON codec could not read it
            for (String[] jsonAndRule : new String[][] {
                {
                    "{\"id\":\"B-1\",\"assetClass\":\"TBILL\",\"currency\":\"CNY\",\"quantity\":\"1\","
                            + "\"unitPrice\":\"1\",\"maturity\":\"2026-13-01\"}",
                    codec
                },
                {
                    "{\"id\":\"C-1\",\"assetClass\":\"CASH\",\"currency\":\"CNY\",\"quantity\":\"abc\",\"unitPrice\":\"1\"}",
                    codec
                },
                {
                    "{\"id\":\"C-1\",\"assetClass\":\"CASH\",\"currency\":\"CNY\",\"quantity\":\"1e25\","
                            + "\"unitPrice\":\"1\"}",
                    "quantity of C-1 '1E+25' has more than 19 integer digits"
                },
                {
                    // an exponent no value has: the codec refuses it before any rule sees it (JsonTest)
                    "{\"id\":\"C-1\",\"assetClass\":\"CASH\",\"currency\":\"CNY\",\"quantity\":\"1e999999999\","
                            + "\"unitPrice\":\"1\"}",
                    "number '1E+999999999' is out of range"
                },
                {
                    "{\"id\":\"C-1\",\"assetClass\":\"SILVER\",\"currency\":\"CNY\",\"quantity\":\"1\",\"unitPrice\":\"1\"}",
                    "class of C-1 is missing or unknown"
                },
                {
                    "{\"id\":\"C-1\",\"assetClass\":\"CASH\",\"currency\":\"CNY\",\"quantity\":\"1\"}",
                    "unit price of C-1 is required"
                },
                {"[1,2]", codec},
                {"not json", codec}
            }) {
                assertRejected(
                        ErrorCode.INVALID_ARGUMENT,
                        jsonAndRule[1],
                        () -> t.submit("reserve", "addAsset", jsonAndRule[0]));
            }
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "amount '1e999999999' has more than 19 integer digits",
                    () -> t.submit("stable", "mint", "CNY", "banka:main", "1e999999999"));
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "haircuts name an unknown asset class",
                    () -> t.submit("reserve", "setPolicy", "CNY", "{\"haircuts\":{\"SILVER\":\"0.1\"}}"));
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "as-of '2026-13-01T00:00:00Z' is neither an ISO-8601 instant nor a transaction id",
                    () -> t.submit("audit", "reserves", "CNY", "2026-13-01T00:00:00Z", ""));
        }

        @Test
        void recordsABatchInOneTransaction() {
            List<AssetSpec> batch = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                batch.add(cash(String.format("C-%03d", i), "CNY", "1000.00"));
            }
            long height = ledger.height();
            ReserveChangeResult r = reserves("centralbank").addAll(batch);
            assertThat(ledger.height()).isEqualTo(height + 1);
            assertThat(r.assetIds()).hasSize(50);
            assertThat(r.reserveValue().toPlainString()).isEqualTo("50000.00");
            batch.add(cash("C-000", "CNY", "1.00"));
            assertRejected(ErrorCode.INVALID_ARGUMENT, "asset C-000 is given twice", () -> reserves("centralbank")
                    .addAll(batch));
        }
    }

    @Nested
    class UpdateAndRemove {
        @Test
        void onlyTheRecordingCustodianUpdatesOrRemoves() {
            reserves("centralbank").add(cash("C-1", "CNY", "100.00"));
            tick();
            var update = new AssetSpec.Update(new BigDecimal("5"), null, null, null);
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "HKCentralBankMSP may not update reserve asset C-1: it was recorded by CentralBankMSP",
                    () -> reserves("hkcentralbank").update("C-1", update));
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "HKCentralBankMSP may not remove reserve asset C-1: it was recorded by CentralBankMSP",
                    () -> reserves("hkcentralbank").remove("C-1"));
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "BankAMSP may not remove reserve assets: needs role CUSTODIAN",
                    () -> reserves("banka").remove("C-1"));
        }

        @Test
        void anUpdateReattestsAndRevaluesNow() {
            reserves("centralbank").add(cash("C-1", "CNY", "100.00"));
            tick();
            reserves("centralbank").update("C-1", new AssetSpec.Update(new BigDecimal("250.5"), null, null, HASH));
            ReserveAsset a = reserves("regulator").asset("C-1");
            assertThat(a.quantity().toPlainString()).isEqualTo("250.5");
            assertThat(a.valuedAt()).isEqualTo(now);
            assertThat(a.attestation().attestedAt()).isEqualTo(now);
            assertThat(a.attestation().statementHash()).isEqualTo(HASH);
        }

        @Test
        void aRemovalThatWouldBreakCoverageIsRejected() {
            reserves("centralbank").addAll(List.of(cash("C-A", "CNY", "600000.00"), cash("C-B", "CNY", "600000.00")));
            tick();
            as("centralbank").stableUnits().mint("CNY", "banka:main", "1000000.00");
            tick();
            BondBridgeException e = assertRejected(
                    ErrorCode.POLICY_VIOLATION, () -> reserves("centralbank").remove("C-A"));
            assertThat(e.getMessage())
                    .contains("removing C-A from the CNY reserve would break its policy")
                    .contains("reserve coverage 0.6000 below minimum 1.0000");
            assertThat(reserves("regulator").assets("CNY")).hasSize(2);
            BondBridgeException u = assertRejected(ErrorCode.POLICY_VIOLATION, () -> reserves("centralbank")
                    .update("C-B", new AssetSpec.Update(null, new BigDecimal("0.5"), null, null)));
            assertThat(u.getMessage()).contains("updating C-B in the CNY reserve");
            // once units are redeemed, the same removal keeps coverage and goes through
            as("banka").stableUnits().redeem("CNY", "banka:main", "400000.00");
            tick();
            ReserveChangeResult r = reserves("centralbank").remove("C-A");
            assertThat(r.coverage()).isEqualByComparingTo("1.0000");
            assertThat(reserves("regulator").assets("CNY"))
                    .extracting(ReserveAsset::id)
                    .containsExactly("C-B");
        }

        @Test
        void aChangeMayRepairABrokenLimitButNotWorsenIt() {
            // short share: Treasuries within a year over all but cash = 800,000 / (800,000 + 200,000) = 0.80
            reserves("centralbank")
                    .addAll(List.of(
                            cash("C-A", "CNY", "100000.00"),
                            asset("BILL-1", AssetClass.TBILL, "CNY", "800000", "1", today().plusDays(60)),
                            asset("BOND-1", AssetClass.GOV_BOND, "CNY", "200000", "1", today().plusYears(3))));
            tick();
            as("centralbank").reserves().setPolicy("CNY", minShortShare("0.70"));
            tick();
            as("centralbank").stableUnits().mint("CNY", "banka:main", "100000.00");
            tick();
            // the issuer tightens the policy: 80% short < 90% breaks now, and mints stop
            ReservePolicyResult p = as("centralbank").reserves().setPolicy("CNY", minShortShare("0.90"));
            assertThat(p.breaches()).containsExactly("minShortShare");
            tick();
            assertRejected(
                    ErrorCode.POLICY_VIOLATION,
                    "share maturing within one year 0.8000 below minimum 0.9000",
                    () -> as("centralbank").stableUnits().mint("CNY", "banka:main", "1.00"));
            // more long bonds would worsen it: rejected
            assertRejected(
                    ErrorCode.POLICY_VIOLATION,
                    "adding BOND-2 to the CNY reserve would break its policy: share maturing within one year 0.7992 below minimum 0.9000",
                    () -> reserves("centralbank")
                            .add(asset("BOND-2", AssetClass.GOV_BOND, "CNY", "1000", "1", today().plusYears(3))));
            // more bills improve it without fixing it yet: 900,000 / 1,100,000 = 0.818, allowed; then enough to
            // repair it: 1,900,000 / 2,100,000 = 0.905
            reserves("centralbank").add(asset("BILL-2", AssetClass.TBILL, "CNY", "100000", "1", today().plusDays(60)));
            tick();
            reserves("centralbank").add(asset("BILL-3", AssetClass.TBILL, "CNY", "1000000", "1", today().plusDays(60)));
            tick();
            assertThat(as("regulator").audit().reserves("CNY").breaches()).isEmpty();
            as("centralbank").stableUnits().mint("CNY", "banka:main", "1.00");
        }
    }

    @Nested
    class Policy {
        @Test
        void theDefaultsAreTheDocumentedOnes() {
            ReservePolicy p = reserves("banka").policy("CNY");
            assertThat(p.issuer()).isNull();
            assertThat(p.minCoverage()).isEqualByComparingTo("1");
            assertThat(p.minShortShare()).isEqualByComparingTo("0.9");
            assertThat(p.maxBillDays()).isEqualTo(93);
            assertThat(p.eligibleClasses()).containsExactly(AssetClass.values());
            assertThat(p.haircuts())
                    .containsEntry(AssetClass.CASH, new BigDecimal("0.000000"))
                    .containsEntry(AssetClass.TBILL, new BigDecimal("0.005000"))
                    .containsEntry(AssetClass.GOV_BOND, new BigDecimal("0.020000"))
                    .containsEntry(AssetClass.FX_DEPOSIT, new BigDecimal("0.010000"))
                    .containsEntry(AssetClass.GOLD, new BigDecimal("0.100000"))
                    .containsEntry(AssetClass.METAL_CERTIFICATE, new BigDecimal("0.150000"));
        }

        @Test
        void onlyTheIssuerOfTheCurrencySetsItsPolicy() {
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "BankAMSP may not set the reserve policy of CNY: needs role [CENTRAL_BANK, STABLE_ISSUER]",
                    () -> reserves("banka").setPolicy("CNY", minShortShare("0.5")));
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "HKCentralBankMSP does not issue CNY and may not set its reserve policy",
                    () -> reserves("hkcentralbank").setPolicy("CNY", minShortShare("0.5")));
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "RegulatorMSP may not set the reserve policy of CNY: needs role [CENTRAL_BANK, STABLE_ISSUER]",
                    () -> reserves("regulator").setPolicy("CNY", minShortShare("0.5")));
            ReservePolicyResult r = reserves("centralbank").setPolicy("CNY", minShortShare("0.5"));
            assertThat(r.policy().issuer()).isEqualTo("CentralBankMSP");
            assertThat(r.policy().minShortShare()).isEqualByComparingTo("0.5");
            assertThat(r.policy().setAt()).isEqualTo(now);
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT, "haircut of GOLD 1.5 is outside 0..1", () -> reserves("centralbank")
                            .setPolicy(
                                    "CNY",
                                    new ReservePolicy.PolicyChange(
                                            null,
                                            null,
                                            Map.of(AssetClass.GOLD, new BigDecimal("1.5")),
                                            null,
                                            null,
                                            null,
                                            null,
                                            null)));
            assertThat(change().empty()).isTrue();
        }

        @Test
        void aMintIsRejectedWhenAConcentrationLimitWouldNotHold() {
            reserves("centralbank")
                    .addAll(List.of(
                            cash("C-A", "CNY", "700000.00"),
                            asset("B-1", AssetClass.TBILL, "CNY", "300000", "1", today().plusDays(30))));
            tick();
            reserves("centralbank")
                    .setPolicy(
                            "CNY",
                            new ReservePolicy.PolicyChange(
                                    null,
                                    null,
                                    null,
                                    Map.of(AssetClass.CASH, new BigDecimal("0.60")),
                                    null,
                                    null,
                                    null,
                                    null));
            tick();
            BondBridgeException e = assertRejected(
                    ErrorCode.POLICY_VIOLATION,
                    () -> as("centralbank").stableUnits().mint("CNY", "banka:main", "100.00"));
            assertThat(e.getMessage()).contains("CASH weight 0.7000 above maximum 0.6000 in the CNY reserve");
            reserves("centralbank").add(asset("B-2", AssetClass.TBILL, "CNY", "200000", "1", today().plusDays(60)));
            tick();
            as("centralbank").stableUnits().mint("CNY", "banka:main", "100.00");
        }

        @Test
        void aHigherMinimumCoverageStopsMintsThatTheDefaultAllowed() {
            reserves("centralbank").add(cash("C-A", "CNY", "1000000.00"));
            tick();
            reserves("centralbank")
                    .setPolicy(
                            "CNY",
                            new ReservePolicy.PolicyChange(
                                    new BigDecimal("1.10"), null, null, null, null, null, null, null));
            tick();
            assertRejected(
                    ErrorCode.POLICY_VIOLATION,
                    "reserve coverage 1.0526 below minimum 1.1000",
                    () -> as("centralbank").stableUnits().mint("CNY", "banka:main", "950000.00"));
            // 1,000,000 / 1.10 = 909,090.909... -> at most 909,090.90 units
            as("centralbank").stableUnits().mint("CNY", "banka:main", "909090.90");
            tick();
            assertRejected(
                    ErrorCode.POLICY_VIOLATION,
                    "reserve coverage 1.0999 below minimum 1.1000",
                    () -> as("centralbank").stableUnits().mint("CNY", "banka:main", "0.01"));
        }
    }
}
