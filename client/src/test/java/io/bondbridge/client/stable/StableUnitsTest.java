package io.bondbridge.client.stable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.stable.Balance;
import io.bondbridge.api.stable.MintResult;
import io.bondbridge.api.stable.StableRedeemResult;
import io.bondbridge.api.stable.StableSupply;
import io.bondbridge.api.stable.StableTransferResult;
import io.bondbridge.client.embedded.Endorsement;
import io.bondbridge.client.transport.BondBridgeException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StableUnitsTest extends StableFixture {

    @BeforeEach
    void reserve() {
        // 1,000,000.00 CNY cash at the central bank: covers up to 1,000,000.00 units (cash has no haircut).
        as("centralbank").reserves().add(cash("CNY-CASH-1", "CNY", "1000000.00"));
        tick();
    }

    private StableClient units(String org) {
        return as(org).stableUnits();
    }

    private String balance(String account) {
        return units("regulator").balance("CNY", account).balance().toPlainString();
    }

    @Nested
    class Mint {
        @Test
        void mintsToAnActiveAccountAndRecordsTheReserveItWasCheckedAgainst() {
            MintResult m = units("centralbank").mint("CNY", "banka:main", "900000.00");
            assertThat(m.account()).isEqualTo("BankAMSP:main");
            assertThat(m.balance().toPlainString()).isEqualTo("900000.00");
            assertThat(m.unitsOutstanding().toPlainString()).isEqualTo("900000.00");
            // 1,000,000.00 / 900,000.00 = 1.11111... -> 1.1111 (DOWN)
            assertThat(m.coverage()).isEqualByComparingTo("1.1111");
            assertThat(m.reserveDigest())
                    .isEqualTo(as("regulator").audit().reserves("CNY").digest());
            assertThat(balance("banka:main")).isEqualTo("900000.00");
        }

        @Test
        void rejectsMintThatBreaksCoverageAndChangesNothing() {
            units("centralbank").mint("CNY", "banka:main", "600000.00");
            tick();
            var supplyBefore = units("regulator").supply("CNY");
            BondBridgeException e = assertRejected(
                    ErrorCode.POLICY_VIOLATION, () -> units("centralbank").mint("CNY", "bankb:main", "400000.01"));
            assertThat(e.getMessage())
                    .contains("minimum 1.0000")
                    .contains("reserve after haircuts 1000000.00")
                    .contains("units outstanding 1000000.01");
            assertThat(units("regulator").supply("CNY")).isEqualTo(supplyBefore);
            assertThat(balance("bankb:main")).isEqualTo("0.00");
            // exactly at the limit is allowed
            units("centralbank").mint("CNY", "bankb:main", "400000.00");
            assertThat(units("regulator").supply("CNY").unitsOutstanding().toPlainString())
                    .isEqualTo("1000000.00");
        }

        @Test
        void aBankOrAnotherCentralBankCannotMintAndNothingChanges() {
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "BankAMSP may not mint CNY: needs role [CENTRAL_BANK, STABLE_ISSUER]",
                    () -> units("banka").mint("CNY", "banka:main", "1.00"));
            assertRejected(ErrorCode.FORBIDDEN, "HKCentralBankMSP does not issue CNY", () -> units("hkcentralbank")
                    .mint("CNY", "banka:main", "1.00"));
        }

        @Test
        void theFirstMintBindsTheCurrencyToItsIssuer() {
            units("centralbank").mint("CNY", "banka:main", "1.00");
            tick();

            ledger.transport("centralbank")
                    .at(now)
                    .submit(
                            "governance",
                            "addParticipant",
                            "{\"mspId\":\"CnStableMSP\",\"alias\":\"cnstable\",\"jurisdiction\":\"CN\",\"currencies\":[\"CNY\"],"
                                    + "\"roles\":[\"STABLE_ISSUER\"]}");
            tick();
            BondBridgeException e = assertRejected(
                    ErrorCode.FORBIDDEN, () -> units("CnStableMSP").mint("CNY", "banka:main", "1.00"));
            assertThat(e.getMessage()).contains("CNY units are issued by CentralBankMSP");
        }

        @Test
        void malformedAmountsAreInvalid() {
            assertRejected(ErrorCode.INVALID_ARGUMENT, "amount '1.001' has more than 2 decimal places", () -> units(
                            "centralbank")
                    .mint("CNY", "banka:main", "1.001"));
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT, "amount 0.00 CNY must be more than zero", () -> units("centralbank")
                            .mint("CNY", "banka:main", "0"));
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT, "amount -5.00 CNY must be more than zero", () -> units("centralbank")
                            .mint("CNY", "banka:main", "-5"));
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT, "currency 'cny' is not a 3-letter code", () -> units("centralbank")
                            .mint("cny", "banka:main", "5"));
        }
    }

    @Nested
    class Transfer {
        @BeforeEach
        void funded() {
            units("centralbank").mint("CNY", "banka:main", "1000.00");
            tick();
        }

        @Test
        void movesUnitsBetweenAccounts() {
            StableTransferResult t = units("banka").transfer("CNY", "banka:main", "bankb:main", "250.50");
            assertThat(t.fromBalance().toPlainString()).isEqualTo("749.50");
            assertThat(t.toBalance().toPlainString()).isEqualTo("250.50");
            assertThat(balance("banka:main")).isEqualTo("749.50");
            assertThat(balance("bankb:main")).isEqualTo("250.50");
        }

        @Test
        void insufficientFundsNamesTheBalanceAndTheAmount() {
            BondBridgeException e = assertRejected(ErrorCode.INSUFFICIENT_FUNDS, () -> units("banka")
                    .transfer("CNY", "banka:main", "bankb:main", "1000.01"));
            assertThat(e.getMessage()).contains("holds 1000.00 CNY").contains("1000.01");
        }

        @Test
        void onlyTheOwnerSendsAndNeverToItself() {
            assertRejected(ErrorCode.FORBIDDEN, "BankBMSP may not act on account BankAMSP:main", () -> units("bankb")
                    .transfer("CNY", "banka:main", "bankb:main", "1.00"));
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT, "cannot transfer from BankAMSP:main to itself", () -> units("banka")
                            .transfer("CNY", "banka:main", "BankAMSP:main", "1.00"));
            assertRejected(
                    ErrorCode.NOT_FOUND, () -> units("banka").transfer("CNY", "banka:main", "bankb:nosuch", "1.00"));
        }

        @Test
        void aFrozenAccountCanNeitherSendNorReceive() {
            as("banka").governance().openAccount("ops");
            tick();
            as("regulator").governance().freeze("banka:main", "court order", "ORD-1");
            tick();
            BondBridgeException send = assertRejected(
                    ErrorCode.FROZEN, () -> units("banka").transfer("CNY", "banka:main", "bankb:main", "1.00"));
            assertThat(send.getMessage()).contains("cannot send");
            assertRejected(ErrorCode.FROZEN, () -> units("banka").redeem("CNY", "banka:main", "1.00"));
            as("regulator").governance().unfreeze("banka:main");
            tick();
            units("banka").transfer("CNY", "banka:main", "bankb:main", "10.00");
            tick();
            as("regulator").governance().freeze("banka:main", "second order", null);
            tick();
            BondBridgeException receive = assertRejected(
                    ErrorCode.FROZEN, () -> units("bankb").transfer("CNY", "bankb:main", "banka:main", "1.00"));
            assertThat(receive.getMessage()).contains("cannot receive");
            assertRejected(ErrorCode.FROZEN, () -> units("centralbank").mint("CNY", "banka:main", "1.00"));
            // other accounts of the same bank are not frozen
            units("bankb").transfer("CNY", "bankb:main", "banka:ops", "1.00");
            assertThat(balance("banka:ops")).isEqualTo("1.00");
        }

        @Test
        void transfersBetweenDisjointAccountsSimulatedConcurrentlyBothCommit() {
            as("banka").governance().openAccount("ops");
            as("bankb").governance().openAccount("ops");
            units("centralbank").mint("CNY", "bankb:main", "1000.00");
            tick();
            Endorsement a = simulate("banka", "transfer", "CNY", "banka:main", "banka:ops", "100.00");
            Endorsement b = simulate("bankb", "transfer", "CNY", "bankb:main", "bankb:ops", "200.00");
            assertThat(a.ok()).as(a.message()).isTrue();
            assertThat(b.ok()).as(b.message()).isTrue();
            ledger.commit(a);
            ledger.commit(b);
            assertThat(balance("banka:ops")).isEqualTo("100.00");
            assertThat(balance("bankb:ops")).isEqualTo("200.00");

            // the same check fails when the two transfers share an account: the second read a stale balance
            Endorsement c = simulate("banka", "transfer", "CNY", "banka:main", "bankb:main", "1.00");
            Endorsement d = simulate("banka", "transfer", "CNY", "banka:main", "banka:ops", "1.00");
            ledger.commit(c);
            assertThatThrownBy(() -> ledger.commit(d)).isInstanceOfSatisfying(BondBridgeException.class, conflict -> {
                assertThat(conflict.code()).isEqualTo(ErrorCode.CONFLICT);
                // the stale read is the shared account's balance
                assertThat(conflict)
                        .hasMessageContaining("MVCC_READ_CONFLICT")
                        .hasMessageContaining("stable.balance/BankAMSP/main/CNY");
            });
        }

        private Endorsement simulate(String org, String fn, String... args) {
            String msp = io.bondbridge.api.governance.DefaultParticipants.mspId(org);
            return ledger.simulate(ledger.propose(msp, "stable", fn, List.of(args), Map.of(), now));
        }
    }

    @Nested
    class Redeem {
        @Test
        void burnsUnitsAndRecordsAPayoutInstructionToTheIssuer() {
            units("centralbank").mint("CNY", "banka:main", "1000.00");
            tick();
            StableRedeemResult r = units("banka").redeem("CNY", "banka:main", "400.00");
            assertThat(r.balance().toPlainString()).isEqualTo("600.00");
            assertThat(r.payout().payer()).isEqualTo("CentralBankMSP");
            assertThat(r.payout().account()).isEqualTo("BankAMSP:main");
            assertThat(r.payout().amount().toPlainString()).isEqualTo("400.00");
            assertThat(r.payout().status()).isEqualTo("PENDING");
            assertThat(r.payout().id()).isEqualTo(r.txId());
            StableSupply s = units("regulator").supply("CNY");
            assertThat(s.minted().toPlainString()).isEqualTo("1000.00");
            assertThat(s.redeemed().toPlainString()).isEqualTo("400.00");
            assertThat(s.unitsOutstanding().toPlainString()).isEqualTo("600.00");
            assertRejected(ErrorCode.INSUFFICIENT_FUNDS, () -> units("banka").redeem("CNY", "banka:main", "600.01"));
            assertRejected(ErrorCode.FORBIDDEN, "BankBMSP may not act on account BankAMSP:main", () -> units("bankb")
                    .redeem("CNY", "banka:main", "1.00"));
        }
    }

    @Nested
    class Balances {
        @Test
        void ownersRegulatorsAndTheIssuerReadBalancesOtherBanksDoNot() {
            units("centralbank").mint("CNY", "banka:main", "5.00");
            tick();
            assertThat(units("banka").balance("CNY", "banka:main").balance().toPlainString())
                    .isEqualTo("5.00");
            assertThat(units("centralbank")
                            .balance("CNY", "banka:main")
                            .balance()
                            .toPlainString())
                    .isEqualTo("5.00");
            assertThat(units("banka").balances(null, null))
                    .extracting(Balance::account)
                    .containsExactly("BankAMSP:main");
            assertRejected(
                    ErrorCode.FORBIDDEN, "BankBMSP may not read the balances of BankAMSP:main", () -> units("bankb")
                            .balance("CNY", "banka:main"));
            assertRejected(
                    ErrorCode.FORBIDDEN, "BankBMSP may not read the balances of BankAMSP:main", () -> units("bankb")
                            .balances(null, "banka:main"));
        }

        @Test
        void aBalanceRowIsWrittenAsExactCanonicalBytes() {
            // golden bytes: the state record of a balance after a mint
            var p = ledger.propose(
                    "CentralBankMSP", "stable", "mint", List.of("CNY", "banka:main", "1000"), Map.of(), now);
            Endorsement e = ledger.simulate(p);
            assertThat(e.ok()).as(e.message()).isTrue();
            String key = "\u0000stable.balance\u0000BankAMSP\u0000main\u0000CNY\u0000";
            assertThat(written(e, key))
                    .isEqualTo(
                            "{\"account\":\"BankAMSP:main\",\"active\":true,\"balance\":\"1000.00\",\"currency\":\"CNY\"}");
        }
    }

    /** The value {@code e} writes to {@code key}, as UTF-8 text. */
    static String written(Endorsement e, String key) {
        JsonElement ws = JsonParser.parseString(new String(e.writeSet(), StandardCharsets.UTF_8));
        for (JsonElement w : ws.getAsJsonObject().getAsJsonArray("public")) {
            if (w.getAsJsonObject().get("key").getAsString().equals(key)) {
                return new String(
                        Base64.getDecoder()
                                .decode(w.getAsJsonObject().get("value").getAsString()),
                        StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no write to " + key.replace('\u0000', '/'));
    }

    @Nested
    class Conservation {
        @Test
        void sumOfBalancesEqualsMintedMinusRedeemedAfterRandomSequencesIncludingRejectedOnes() {
            as("centralbank").reserves().add(cash("CNY-CASH-2", "CNY", "5000000.00"));
            tick();
            List<String> accounts = new ArrayList<>(List.of("BankAMSP:main", "BankBMSP:main"));
            for (String org : List.of("banka", "bankb")) {
                for (String name : List.of("ops", "retail")) {
                    accounts.add(as(org).governance().openAccount(name).value().id());
                }
            }
            tick();
            Random random = new Random(20260105L);
            long minted = 0;
            long redeemed = 0;
            int[] rejected = new int[3];
            int[] accepted = new int[3];
            java.util.Set<String> frozen = new java.util.TreeSet<>();
            for (int i = 0; i < 300; i++) {
                tick();
                String a = accounts.get(random.nextInt(accounts.size()));
                String b = accounts.get(random.nextInt(accounts.size()));
                long cents = 1 + random.nextInt(random.nextInt(10) == 0 ? 300_000_000 : 5_000_000);
                String amount = BigDecimal.valueOf(cents, 2).toPlainString();
                String owner = a.startsWith("BankA") ? "banka" : "bankb";
                int op = random.nextInt(10);
                try {
                    if (op < 3) {
                        units("centralbank").mint("CNY", a, amount);
                        minted += cents;
                        accepted[0]++;
                    } else if (op < 8) {
                        units(owner).transfer("CNY", a, b, amount);
                        accepted[1]++;
                    } else if (op < 9) {
                        units(owner).redeem("CNY", a, amount);
                        redeemed += cents;
                        accepted[2]++;
                    } else {
                        if (frozen.remove(a)) {
                            as("regulator").governance().unfreeze(a);
                        } else {
                            as("regulator").governance().freeze(a, "random freeze", null);
                            frozen.add(a);
                        }
                    }
                } catch (BondBridgeException e) {
                    assertThat(e.code())
                            .isIn(
                                    ErrorCode.POLICY_VIOLATION,
                                    ErrorCode.INSUFFICIENT_FUNDS,
                                    ErrorCode.FROZEN,
                                    ErrorCode.INVALID_ARGUMENT);
                    rejected[op < 3 ? 0 : op < 8 ? 1 : 2]++;
                }
            }
            assertThat(java.util.Arrays.stream(accepted).min().getAsInt())
                    .as("accepted per kind")
                    .isPositive();
            assertThat(java.util.Arrays.stream(rejected).min().getAsInt())
                    .as("rejected per kind")
                    .isPositive();
            long sum = 0;
            for (String acc : accounts) {
                sum += units("regulator").balance("CNY", acc).balance().minor();
            }
            StableSupply supply = units("regulator").supply("CNY");
            assertThat(supply.minted().minor()).isEqualTo(minted);
            assertThat(supply.redeemed().minor()).isEqualTo(redeemed);
            assertThat(sum)
                    .isEqualTo(minted - redeemed)
                    .isEqualTo(supply.unitsOutstanding().minor());
            assertThat(as("regulator")
                            .audit()
                            .reserves("CNY")
                            .unitsOutstanding()
                            .minor())
                    .isEqualTo(minted - redeemed);
        }
    }
}
