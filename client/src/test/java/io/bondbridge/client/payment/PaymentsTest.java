package io.bondbridge.client.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.payment.Payment;
import io.bondbridge.api.payment.PaymentDetails;
import io.bondbridge.api.payment.PaymentResult;
import io.bondbridge.api.payment.PaymentStatus;
import io.bondbridge.api.payment.PrivatePayment;
import io.bondbridge.client.transport.BondBridgeException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PaymentsTest extends PaymentFixture {

    @Nested
    class Send {
        @Test
        void settlesGrossAndPutsOnlyTheHashCorridorStatusAndFlagsOnTheChannel() {
            PaymentResult r = payments("banka")
                    .send(SendRequest.of("E2E-1", "CN-HK", "banka:main", "bankb:main", "1250.50", "CNY")
                            .withParties("Shenzhen Battery Co", "HK Trading Ltd")
                            .withPurpose("GDDS", "invoice 117"));

            assertThat(r.status()).isEqualTo(PaymentStatus.SETTLED);
            assertThat(r.alert()).isFalse();
            // 1,000,000.00 - 1,250.50 and 0 + 1,250.50
            assertThat(balance("banka:main", "CNY")).isEqualTo("998749.50");
            assertThat(balance("bankb:main", "CNY")).isEqualTo("1250.50");
            Payment onChannel = payments("hkcentralbank").list("CN-HK").get(0);
            String publicJson = Json.write(onChannel);
            assertThat(publicJson)
                    .doesNotContain("1250.50")
                    .doesNotContain("Shenzhen")
                    .doesNotContain("invoice")
                    .doesNotContain("banka:main");
            assertThat(onChannel.collection()).isEqualTo("pd_BankAMSP_BankBMSP");
            assertThat(onChannel.initiatedAt()).isEqualTo(now);
            assertThat(onChannel.statusAt()).isEqualTo(now);
        }

        @Test
        void rejectsAReplayedEndToEndIdAndBooksNothing() {
            pay("E2E-1", "100.00");
            tick();

            BondBridgeException e = assertRejected(ErrorCode.ALREADY_EXISTS, () -> pay("E2E-1", "100.00"));

            assertThat(e.getMessage()).contains("E2E-1");
            assertThat(balance("banka:main", "CNY")).isEqualTo("999900.00");
            assertThat(balance("bankb:main", "CNY")).isEqualTo("100.00");
        }

        @Test
        void theDebtorAgentMustOwnTheAccountThatPays() {
            assertRejected(ErrorCode.FORBIDDEN, "BankBMSP may not act on account BankAMSP:main", () -> payments("bankb")
                    .send(SendRequest.of("E2E-X", "CN-HK", "banka:main", "bankb:main", "1.00", "CNY")));
        }

        @Test
        void theAgentsMustBeInTheCorridorsJurisdictions() {
            as("centralbank")
                    .transport()
                    .submit(
                            "governance",
                            "addParticipant",
                            "{\"mspId\":\"BankCMSP\",\"alias\":\"bankc\",\"jurisdiction\":\"CN\",\"roles\":[\"BANK\"]}");
            tick();
            BondBridgeException e = assertRejected(ErrorCode.POLICY_VIOLATION, () -> payments("banka")
                    .send(SendRequest.of("E2E-X", "CN-HK", "banka:main", "bankc:main", "1.00", "CNY")));
            assertThat(e.getMessage()).contains("BankCMSP (CN)");
        }

        @Test
        void theCorridorMustCarryTheCurrency() {
            assertRejected(
                    ErrorCode.POLICY_VIOLATION, "corridor CN-HK carries [CNY, HKD], not USD", () -> payments("banka")
                            .send(SendRequest.of("E2E-X", "CN-HK", "banka:main", "bankb:main", "1.00", "USD")));
        }

        @Test
        void anUnknownCorridorIsNotFound() {
            assertRejected(ErrorCode.NOT_FOUND, () -> payments("banka")
                    .send(SendRequest.of("E2E-X", "CN-TH", "banka:main", "bankb:main", "1.00", "CNY")));
        }

        @Test
        void aPaymentWithoutTransientDetailsIsRejected() {
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "payment E2E-X has no instruction: send it as transient data",
                    () -> as("banka").transport().submit("payment", "send", "E2E-X", "CN-HK", ""));
        }

        @Test
        void malformedInputsAreInvalid() {
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "amount '1.001' has more than 2 decimal places",
                    () -> pay("E2E-X", "1.001"));
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT, "amount 0.00 CNY must be more than zero", () -> pay("E2E-X", "0"));
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "end-to-end id 'E2E X' must be 1-35 letters",
                    () -> pay("E2E X", "1.00"));
            assertRejected(ErrorCode.INVALID_ARGUMENT, "salt must be 32 to 128 lower-case hex digits", () -> payments(
                            "banka")
                    .send(SendRequest.of("E2E-X", "CN-HK", "banka:main", "bankb:main", "1.00", "CNY"), "short"));
        }

        @Test
        void aDebtorShortOfFundsBooksNothing() {
            assertRejected(ErrorCode.INSUFFICIENT_FUNDS, () -> payments("banka")
                    .send(SendRequest.of("E2E-X", "CN-HK", "banka:ops", "bankb:main", "1000.01", "CNY")));
        }
    }

    @Nested
    class PvP {
        private SendRequest pvp(String e2eId, String amount, String rate) {
            return SendRequest.of(e2eId, "CN-HK", "banka:main", "bankb:main", amount, "CNY")
                    .withFx("HKD", rate, "bankb:fx");
        }

        @Test
        void movesBothCurrencyLegsThroughTheProviderInOneTransaction() {
            long height = ledger.height();

            payments("banka").send(pvp("PVP-1", "1000.00", RATE));

            assertThat(ledger.height()).isEqualTo(height + 1);
            assertThat(balance("banka:main", "CNY")).isEqualTo("999000.00");
            assertThat(balance("bankb:fx", "CNY")).isEqualTo("1000.00");
            // 1000.00 x 1.0850 = 1085.00 HKD
            assertThat(balance("bankb:fx", "HKD")).isEqualTo("998915.00");
            assertThat(balance("bankb:main", "HKD")).isEqualTo("1085.00");
            PaymentView v = payments("bankb").show("PVP-1");
            assertThat(v.settleAmount().toPlainString()).isEqualTo("1085.00");
            assertThat(v.fxProvider()).isEqualTo("BankBMSP:fx");
        }

        @Test
        void roundsTheSettlementAmountHalfEvenToTheMinorUnit() {
            // 1.00 x 1.0850 = 1.085 -> half-even 1.08 (half-up would give 1.09)
            payments("banka").send(pvp("PVP-1", "1.00", RATE));
            assertThat(balance("bankb:main", "HKD")).isEqualTo("1.08");
        }

        @Test
        void withTheProviderLegShortNothingMoves() {
            // 1,000,000.00 CNY x 1.0850 = 1,085,000.00 HKD > the provider's 1,000,000.00
            assertRejected(
                    ErrorCode.INSUFFICIENT_FUNDS, () -> payments("banka").send(pvp("PVP-1", "1000000.00", RATE)));
            assertThat(balance("banka:main", "CNY")).isEqualTo("1000000.00");
            assertThat(balance("bankb:fx", "HKD")).isEqualTo("1000000.00");
        }

        @Test
        void withTheDebtorLegShortNothingMoves() {
            assertRejected(ErrorCode.INSUFFICIENT_FUNDS, () -> payments("banka")
                    .send(SendRequest.of("PVP-1", "CN-HK", "banka:ops", "bankb:main", "1000.01", "CNY")
                            .withFx("HKD", RATE, "bankb:fx")));
            assertThat(balance("bankb:fx", "HKD")).isEqualTo("1000000.00");
        }

        @Test
        void theRateMustBeTheProvidersStandingQuote() {
            BondBridgeException e = assertRejected(
                    ErrorCode.POLICY_VIOLATION, () -> payments("banka").send(pvp("PVP-1", "1.00", "1.09")));
            assertThat(e.getMessage()).contains("1.085");
            // the same rate written with other trailing zeros is the same rate
            payments("banka").send(pvp("PVP-2", "1.00", "1.085000"));
        }

        @Test
        void anExpiredQuoteIsNoConsent() {
            now = java.time.Instant.parse("2027-01-01T00:00:00Z");
            assertRejected(ErrorCode.EXPIRED, () -> payments("banka").send(pvp("PVP-1", "1.00", RATE)));
        }

        @Test
        void aProviderWithoutAQuoteIsNotFound() {
            as("banka").governance().openAccount("fx");
            as("centralbank").stableUnits().mint("CNY", "banka:fx", "1.00");
            assertRejected(ErrorCode.NOT_FOUND, () -> payments("banka")
                    .send(SendRequest.of("PVP-1", "CN-HK", "banka:main", "bankb:main", "1.00", "CNY")
                            .withFx("HKD", RATE, "banka:fx")));
        }

        @Test
        void aPvpPaymentCannotBeQueued() {
            as("centralbank").payments().netting().open("C-1");
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "payment PVP-1 is PvP (CNY against HKD): it settles gross and cannot be queued in cycle C-1",
                    () -> payments("banka").send(pvp("PVP-1", "1.00", RATE).inCycle("C-1")));
        }
    }

    @Nested
    class Privacy {
        @Test
        void theAgentsAndTheRegulatorReadTheDetailsAndTheyMatchTheHash() {
            payments("banka")
                    .send(SendRequest.of("E2E-1", "CN-HK", "banka:main", "bankb:main", "500.00", "CNY")
                            .withParties("Shenzhen Battery Co", "HK Trading Ltd"));
            for (String member : List.of("banka", "bankb", "regulator")) {
                PaymentView v = payments(member).show("E2E-1");
                assertThat(v.visible()).as(member).isTrue();
                assertThat(v.amount().toPlainString()).isEqualTo("500.00");
                assertThat(v.debtor()).isEqualTo("Shenzhen Battery Co");
                assertThat(v.verified()).isTrue();
                assertThat(payments(member).verify("E2E-1").matches())
                        .as(member)
                        .isTrue();
                assertThat(v.details())
                        .as(member)
                        .isEqualTo(payments(member).details("E2E-1").details());
                assertThat(v.payment())
                        .as(member)
                        .isEqualTo(payments(member).list(null).get(0));
            }
        }

        @Test
        void aNonMemberCannotReadTheDetails() {
            payments("banka").send(SendRequest.of("E2E-1", "CN-HK", "banka:main", "bankb:main", "500.00", "CNY"));
            for (String outsider : List.of("centralbank", "hkcentralbank")) {
                BondBridgeException e = assertRejected(
                        ErrorCode.FORBIDDEN, () -> payments(outsider).details("E2E-1"));
                assertThat(e.getMessage()).contains("private to");
                PaymentView v = payments(outsider).show("E2E-1");
                assertThat(v.visible()).isFalse();
                assertThat(v.details()).isNull();
                assertThat(v.payment().hash()).isEqualTo(v.hash());
                assertThat(v.amount()).isNull();
                assertThat(v.debtor()).isNull();
                assertThat(v.status()).isEqualTo(PaymentStatus.SETTLED);
            }
        }

        @Test
        void theHashCheckDetectsAlteredDetails() {
            payments("banka")
                    .send(SendRequest.of("E2E-1", "CN-HK", "banka:main", "bankb:main", "500.00", "CNY")
                            .withPurpose("GDDS", "invoice 117"));
            PrivatePayment real = payments("bankb").details("E2E-1");
            String hash = payments("centralbank").show("E2E-1").hash();
            PaymentDetails d = real.details();
            PaymentDetails moreMoney = altered(d, "amount", "500.01");
            PaymentDetails otherInfo = altered(d, "remittanceInfo", "invoice 118");

            assertThat(PaymentClient.verify("E2E-1", real, hash).matches()).isTrue();
            assertThat(PaymentClient.verify("E2E-1", new PrivatePayment(moreMoney, real.salt()), hash)
                            .matches())
                    .isFalse();
            assertThat(PaymentClient.verify("E2E-1", new PrivatePayment(otherInfo, real.salt()), hash)
                            .matches())
                    .isFalse();
            String otherSalt = real.salt().substring(1) + (real.salt().charAt(0) == '0' ? "1" : "0");
            assertThat(PaymentClient.verify("E2E-1", new PrivatePayment(d, otherSalt), hash)
                            .matches())
                    .isFalse();
        }
    }

    @Nested
    class Return {
        @Test
        void theCreditorAgentReturnsASettledPayment() {
            pay("E2E-1", "300.00");
            tick();
            PaymentResult r = payments("bankb").returnPayment("E2E-1", "account closed");
            assertThat(r.status()).isEqualTo(PaymentStatus.RETURNED);
            assertThat(balance("banka:main", "CNY")).isEqualTo("1000000.00");
            assertThat(balance("bankb:main", "CNY")).isEqualTo("0.00");
            assertThat(payments("centralbank").show("E2E-1").statusReason()).isEqualTo("account closed");
            tick();
            assertRejected(ErrorCode.CONFLICT, () -> payments("bankb").returnPayment("E2E-1", "again"));
        }

        @Test
        void onlyTheCreditorAgentMayReturn() {
            pay("E2E-1", "300.00");
            tick();
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "BankAMSP may not return payment E2E-1: only its creditor agent BankBMSP may",
                    () -> payments("banka").returnPayment("E2E-1", "mine"));
        }

        @Test
        void alteredDetailsCannotReturnMoreThanWasPaid() {
            pay("E2E-1", "300.00");
            tick();
            PrivatePayment real = payments("bankb").details("E2E-1");
            PaymentDetails d = real.details();
            PaymentDetails more = altered(d, "settleAmount", "3000.00");
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "the details presented for E2E-1 do not match its hash",
                    () -> as("bankb")
                            .transport()
                            .submit(
                                    "payment",
                                    "returnPayment",
                                    List.of("E2E-1", "x"),
                                    java.util.Map.of("details", Json.bytes(new PrivatePayment(more, real.salt())))));
        }
    }

    @Test
    void auditHistoryOfAPaymentShowsItsPublicRecordOnly() {
        as("centralbank").payments().netting().open("C-1");
        payments("banka")
                .send(SendRequest.of("E2E-1", "CN-HK", "banka:main", "bankb:main", "10.00", "CNY")
                        .withParties("Secret Debtor", null)
                        .inCycle("C-1"));
        tick();
        as("centralbank").payments().netting().close("C-1");

        var h = as("hkcentralbank").audit().history("payment", "E2E-1");

        assertThat(h.entries()).extracting(e -> e.key()).contains("pay.payment/E2E-1", "pay.queue/C-1/E2E-1");
        assertThat(h.entries().stream()
                        .filter(e -> e.key().startsWith("pay.payment"))
                        .map(e -> e.value().getAsJsonObject().get("status").getAsString()))
                .containsExactly("INITIATED", "SETTLED");
        assertThat(h.toString()).doesNotContain("Secret Debtor");
    }

    /** {@code d} with one field changed, through the codec, as a party presenting altered details would send it. */
    private static PaymentDetails altered(PaymentDetails d, String field, String value) {
        JsonObject o = Json.parse(Json.write(d)).getAsJsonObject();
        o.addProperty(field, value);
        return Json.read(o.toString(), PaymentDetails.class);
    }
}
