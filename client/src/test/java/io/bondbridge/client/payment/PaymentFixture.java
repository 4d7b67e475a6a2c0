package io.bondbridge.client.payment;

import io.bondbridge.api.payment.PaymentResult;
import io.bondbridge.client.stable.StableFixture;
import org.junit.jupiter.api.BeforeEach;

/**
 * A ledger ready for CN-HK payments: reference rates with round numbers (1 CNY = 0.125 USD, 8 per USD; 1 HKD =
 * 0.128 USD, 7.8125 per USD) so USD equivalents are computed by hand; Bank A holds 1,000,000.00 CNY on
 * {@code banka:main} and 1,000.00 on {@code banka:ops}; Bank B's FX desk {@code bankb:fx} holds 1,000,000.00 HKD and
 * quotes 1 CNY = 1.0850 HKD until the end of 2026; Bank B also opens {@code bankb:ops}.
 */
abstract class PaymentFixture extends StableFixture {
    static final String RATE = "1.0850";
    static final String QUOTE_UNTIL = "2026-12-31T23:59:59Z";

    @BeforeEach
    void paymentSetup() {
        as("centralbank").fx().setReference("CNY", "0.125");
        as("hkcentralbank").fx().setReference("HKD", "0.128");
        as("centralbank").reserves().add(cash("CNY-CASH", "CNY", "10000000.00"));
        as("hkcentralbank").reserves().add(cash("HKD-CASH", "HKD", "10000000.00"));
        as("banka").governance().openAccount("ops");
        as("bankb").governance().openAccount("fx");
        as("bankb").governance().openAccount("ops");
        tick();
        as("centralbank").stableUnits().mint("CNY", "banka:main", "1000000.00");
        as("centralbank").stableUnits().mint("CNY", "banka:ops", "1000.00");
        as("hkcentralbank").stableUnits().mint("HKD", "bankb:fx", "1000000.00");
        as("bankb").payments().quote("bankb:fx", "CNY", "HKD", RATE, QUOTE_UNTIL);
        tick();
    }

    PaymentClient payments(String org) {
        return as(org).payments();
    }

    /** A gross CNY payment from Bank A's main account to Bank B's. */
    PaymentResult pay(String e2eId, String amount) {
        return payments("banka").send(SendRequest.of(e2eId, "CN-HK", "banka:main", "bankb:main", amount, "CNY"));
    }

    String balance(String account, String currency) {
        return as("regulator")
                .stableUnits()
                .balance(currency, account)
                .balance()
                .toPlainString();
    }
}
