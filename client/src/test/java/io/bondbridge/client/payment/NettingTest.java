package io.bondbridge.client.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.payment.Cycle;
import io.bondbridge.api.payment.CycleClosed;
import io.bondbridge.api.payment.PaymentStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NettingTest extends PaymentFixture {

    private NettingClient operator() {
        return as("centralbank").payments().netting();
    }

    private void queue(String org, String e2eId, String from, String to, String amount) {
        payments(org)
                .send(SendRequest.of(e2eId, "CN-HK", from, to, amount, "CNY").inCycle("C-1"));
    }

    @Nested
    class Cycles {
        @BeforeEach
        void open() {
            operator().open("C-1");
            // Bank B's accounts hold CNY to pay out of: 200.00 on main, 100.00 on ops
            as("banka").stableUnits().transfer("CNY", "banka:main", "bankb:main", "200.00");
            as("banka").stableUnits().transfer("CNY", "banka:ops", "bankb:ops", "100.00");
            tick();
        }

        /**
         * A = banka:main, B = bankb:main, C = banka:ops, D = bankb:ops (a corridor payment always crosses CN-HK).
         * A->B 100, B->C 80, C->D 50, D->A 30. By hand: A -100 +30 = -70; B +100 -80 = +20; C +80 -50 = +30;
         * D +50 -30 = +20 (sum 0). Gross 100+80+50+30 = 260; net = the one net debit, 70; saved 260 - 70 = 190.
         */
        private void queueFour() {
            queue("banka", "N-1", "banka:main", "bankb:main", "100.00");
            queue("bankb", "N-2", "bankb:main", "banka:ops", "80.00");
            queue("banka", "N-3", "banka:ops", "bankb:ops", "50.00");
            queue("bankb", "N-4", "bankb:ops", "banka:main", "30.00");
            tick();
        }

        @Test
        void queuedPaymentsMoveNoFundsUntilTheCycleCloses() {
            queueFour();
            assertThat(balance("banka:main", "CNY")).isEqualTo("999800.00");
            assertThat(payments("banka").show("N-1").status()).isEqualTo(PaymentStatus.INITIATED);
            assertThat(operator().show("C-1").queue()).hasSize(4);
        }

        @Test
        void closingSettlesTheHandComputedNetPositions() {
            queueFour();

            CycleClosed c = operator().close("C-1");

            assertThat(c.gross().get("CNY").toPlainString()).isEqualTo("260.00");
            assertThat(c.net().get("CNY").toPlainString()).isEqualTo("70.00");
            assertThat(c.saved().get("CNY").toPlainString()).isEqualTo("190.00");
            assertThat(c.positions())
                    .extracting(p -> p.account() + " " + p.net())
                    .containsExactly(
                            "BankAMSP:main -70.00", "BankAMSP:ops 30.00", "BankBMSP:main 20.00", "BankBMSP:ops 20.00");
            // before: A 999,800 C 900 B 200 D 100
            assertThat(balance("banka:main", "CNY")).isEqualTo("999730.00");
            assertThat(balance("banka:ops", "CNY")).isEqualTo("930.00");
            assertThat(balance("bankb:main", "CNY")).isEqualTo("220.00");
            assertThat(balance("bankb:ops", "CNY")).isEqualTo("120.00");
            for (String id : new String[] {"N-1", "N-2", "N-3", "N-4"}) {
                assertThat(payments("regulator").show(id).status()).isEqualTo(PaymentStatus.SETTLED);
            }
            assertThat(operator().show("C-1").cycle().status()).isEqualTo(Cycle.Status.CLOSED);
        }

        @Test
        void aCycleWithANetDebtorShortOfFundsSettlesNothing() {
            // B pays 500 out of 200 and receives 100: net -400 > its 200.00
            queue("bankb", "N-1", "bankb:main", "banka:main", "500.00");
            queue("banka", "N-2", "banka:main", "bankb:main", "100.00");
            tick();

            assertRejected(ErrorCode.INSUFFICIENT_FUNDS, () -> operator().close("C-1"));

            assertThat(balance("bankb:main", "CNY")).isEqualTo("200.00");
            assertThat(operator().show("C-1").cycle().status()).isEqualTo(Cycle.Status.OPEN);
            assertThat(payments("banka").show("N-1").status()).isEqualTo(PaymentStatus.INITIATED);
        }

        @Test
        void aRejectedPaymentLeavesTheQueueAndIsNotNetted() {
            queue("bankb", "N-1", "bankb:main", "banka:main", "500.00");
            queue("banka", "N-2", "banka:main", "bankb:main", "100.00");
            tick();
            payments("banka").reject("N-1", "duplicate invoice");
            tick();

            CycleClosed c = operator().close("C-1");

            assertThat(c.gross().get("CNY").toPlainString()).isEqualTo("100.00");
            assertThat(payments("bankb").show("N-1").status()).isEqualTo(PaymentStatus.REJECTED);
            assertThat(balance("bankb:main", "CNY")).isEqualTo("300.00");
        }

        @Test
        void onlyTheOperatorClosesAndAClosedCycleTakesNoMorePayments() {
            queueFour();
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "HKCentralBankMSP may not close cycle C-1: its operator is CentralBankMSP",
                    () -> as("hkcentralbank").payments().netting().close("C-1"));
            assertRejected(
                    ErrorCode.FORBIDDEN, "HKCentralBankMSP may not reject payment N-1", () -> payments("hkcentralbank")
                            .reject("N-1", "not mine"));
            operator().close("C-1");
            tick();
            assertRejected(ErrorCode.CONFLICT, () -> queue("banka", "N-5", "banka:main", "bankb:main", "1.00"));
            assertRejected(ErrorCode.CONFLICT, () -> operator().close("C-1"));
        }

        @Test
        void onlyACentralBankOpensACycle() {
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "BankAMSP may not open netting cycles: needs role CENTRAL_BANK",
                    () -> as("banka").payments().netting().open("C-2"));
            assertRejected(ErrorCode.ALREADY_EXISTS, () -> operator().open("C-1"));
        }
    }
}
