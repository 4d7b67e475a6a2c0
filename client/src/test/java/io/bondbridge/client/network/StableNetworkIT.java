package io.bondbridge.client.network;

import static io.bondbridge.client.network.FabricNetwork.as;
import static io.bondbridge.client.network.FabricNetwork.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.audit.StressResult;
import io.bondbridge.api.audit.StressScenario;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.api.stable.Composition;
import io.bondbridge.client.audit.MerkleProofs;
import io.bondbridge.client.transport.BondBridgeException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reserve-backed HKD through the Gateway, as the HK central bank (issuer and custodian), Bank A and the regulator:
 * a reserve recorded, a mint within it, one beyond it rejected with nothing written, a redemption, the composition
 * as of the mint's transaction with an inclusion proof checked off-ledger, and a stress test. Figures are read as
 * deltas, since earlier tests and runs may have minted HKD on the same ledger.
 */
class StableNetworkIT extends LiveNetworkTest {
    private static final String HKD = "HKD";

    @Test
    void mintWithinTheReserveRedeemAndTraceTheCompositionAsOfTheMint() {
        String run = FabricNetwork.runId();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String cash = "IT-HKD-CASH-" + run;
        String bill = "IT-HKD-BILL-" + run;
        as("hkcentralbank")
                .reserves()
                .addAll(List.of(
                        new AssetSpec(
                                cash,
                                HKD,
                                AssetClass.CASH,
                                HKD,
                                new BigDecimal("1000"),
                                BigDecimal.ONE,
                                null,
                                null,
                                "HKMA",
                                null),
                        new AssetSpec(
                                bill,
                                HKD,
                                AssetClass.TBILL,
                                HKD,
                                new BigDecimal("10000"),
                                new BigDecimal("0.99"),
                                today.plusDays(60),
                                null,
                                "HK-GOV",
                                null)));

        Composition before = as("regulator").audit().reserves(HKD);
        var minted = as("hkcentralbank").stableUnits().mint(HKD, "banka:main", "600.00");
        // A mint drawn from escrowed headroom (the fast path) does not know units outstanding or coverage (null);
        // the as-of view at the mint's transaction below checks them exactly from the supply rows.
        Amount outstandingAfterMint = before.unitsOutstanding().plus(amount("600.00"));
        if (minted.exact()) {
            assertThat(minted.unitsOutstanding()).isEqualTo(outstandingAfterMint);
            assertThat(minted.coverage()).isGreaterThanOrEqualTo(BigDecimal.ONE);
        } else {
            assertThat(minted.unitsOutstanding()).isNull();
            assertThat(minted.coverage()).isNull();
        }

        // The regulator's peer, not the one that answered the commit, shows the balance.
        Amount balance = minted.balance();
        assertThat(eventually(
                        () -> as("regulator")
                                .stableUnits()
                                .balance(HKD, "banka:main")
                                .balance(),
                        b -> b.equals(balance)))
                .isEqualTo(balance);

        var redeemed = as("banka").stableUnits().redeem(HKD, "banka:main", "100.00");
        assertThat(redeemed.balance()).isEqualTo(balance.minus(amount("100.00")));
        assertThat(redeemed.payout().payer()).isNotBlank();

        // The reserve as it stood when the mint committed: the mint counted, the later redemption not yet.
        Composition atMint = as("regulator").audit().reserves(HKD, minted.txId(), bill);
        assertThat(atMint.unitsOutstanding()).isEqualTo(outstandingAfterMint);
        assertThat(atMint.coverage()).isGreaterThanOrEqualTo(BigDecimal.ONE);
        // fast path: the digest the shard's headroom was granted against, which every reserve change renews
        assertThat(atMint.digest()).isEqualTo(minted.reserveDigest());
        assertThat(atMint.proof().root()).isEqualTo(atMint.digest());
        assertThat(MerkleProofs.verify(atMint.proof())).isTrue();
        Composition now = as("regulator").audit().reserves(HKD);
        assertThat(now.unitsOutstanding()).isEqualTo(outstandingAfterMint.minus(amount("100.00")));
    }

    @Test
    void aMintBeyondTheReserveIsRejectedAndWritesNothing() {
        Composition c = as("regulator").audit().reserves(HKD);
        if (c.assetCount() == 0) {
            as("hkcentralbank")
                    .reserves()
                    .add(new AssetSpec(
                            "IT-HKD-CASH-" + FabricNetwork.runId(),
                            HKD,
                            AssetClass.CASH,
                            HKD,
                            new BigDecimal("100"),
                            BigDecimal.ONE,
                            null,
                            null,
                            "HKMA",
                            null));
            c = as("regulator").audit().reserves(HKD);
        }
        // Units the reserve can back at the policy's minimum coverage, and one cent more.
        BigDecimal headroom = c.reserveValueAfterHaircuts()
                .toBigDecimal()
                .divide(c.minCoverage(), 2, RoundingMode.FLOOR)
                .subtract(c.unitsOutstanding().toBigDecimal());
        String tooMuch = headroom.add(new BigDecimal("0.01")).toPlainString();
        Amount balanceBefore =
                as("hkcentralbank").stableUnits().balance(HKD, "bankb:main").balance();

        assertThatThrownBy(() -> as("hkcentralbank").stableUnits().mint(HKD, "bankb:main", tooMuch))
                .isInstanceOfSatisfying(
                        BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.POLICY_VIOLATION));

        Composition after = as("regulator").audit().reserves(HKD);
        assertThat(after.unitsOutstanding()).isEqualTo(c.unitsOutstanding());
        assertThat(after.digest()).isEqualTo(c.digest());
        assertThat(as("hkcentralbank").stableUnits().balance(HKD, "bankb:main").balance())
                .isEqualTo(balanceBefore);
    }

    @Test
    void aYieldShockLowersTheCoverageOfAReserveHoldingBills() {
        as("hkcentralbank")
                .reserves()
                .add(new AssetSpec(
                        "IT-HKD-BILL-S" + FabricNetwork.runId(),
                        HKD,
                        AssetClass.TBILL,
                        HKD,
                        new BigDecimal("5000"),
                        new BigDecimal("0.995"),
                        LocalDate.now(ZoneOffset.UTC).plusDays(80),
                        null,
                        "HK-GOV",
                        null));
        as("hkcentralbank").stableUnits().mint(HKD, "bankb:main", "10.00");

        StressResult shocked = as("regulator").audit().stress(HKD, new StressScenario(100, null, null, null));

        assertThat(shocked.reserveValueAfter().lessThan(shocked.reserveValueBefore()))
                .as("a +100 bp shock lowers the bills' value")
                .isTrue();
        assertThat(shocked.valueChangeByClass().get("TBILL").isNegative()).isTrue();
        assertThat(shocked.coverageAfter()).isLessThanOrEqualTo(shocked.coverageBefore());
        assertThat(shocked.unitsOutstandingAfter()).isEqualTo(shocked.unitsOutstandingBefore());
    }

    private static Amount amount(String text) {
        return Amount.parseExact(text);
    }
}
