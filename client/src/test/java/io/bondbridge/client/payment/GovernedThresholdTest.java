package io.bondbridge.client.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.governance.ParamValue;
import io.bondbridge.api.payment.Alert;
import io.bondbridge.api.payment.Parameter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The payment alert threshold is the governed parameter {@code alertThresholdUsd} (issue 14 item 3): the regulator
 * sets it with {@code param set} or the old {@code corridor threshold}, the next payment is checked against it, and
 * each alert cites the value and the version it used. Fixture: 1 CNY = 0.125 USD.
 */
class GovernedThresholdTest extends PaymentFixture {

    private List<Alert> alerts() {
        return payments("regulator").corridors().alerts().alerts();
    }

    @Test
    void raisingTheThresholdTo60000StopsTheAlertOfA55645Payment() {
        // 445,160.00 CNY x 0.125 = 55,645.00 USD: at least 50,000.00 (the default), below 60,000.00
        assertThat(pay("BEFORE", "445160.00").alert()).isTrue();
        Alert cited = alerts().get(0);
        assertThat(cited.thresholdParam()).isEqualTo("alertThresholdUsd");
        assertThat(cited.thresholdSetAt()).isNull();
        assertThat(cited.reason()).contains("USD 50000.00 (parameter alertThresholdUsd = 50000.00, default)");

        Instant setAt = now;
        ParamValue set = as("regulator").governance().setParameter("alertThresholdUsd", "60000", "review 2026");
        tick();
        assertThat(pay("AFTER", "445160.00").alert()).isFalse();
        as("centralbank").stableUnits().mint("CNY", "banka:main", "480000.00");
        tick();
        // 480,000.00 CNY x 0.125 = 60,000.00 USD: at the new threshold
        assertThat(pay("AT", "480000.00").alert()).isTrue();

        assertThat(alerts()).extracting(Alert::e2eId).containsExactly("AT", "BEFORE");
        Alert at = alerts().get(0);
        assertThat(at.thresholdUsd()).hasToString("60000.00");
        assertThat(at.thresholdSetAt()).isEqualTo(setAt);
        assertThat(at.thresholdSetTx()).isEqualTo(set.txId());
        assertThat(at.reason())
                .contains("USD 60000.00 (parameter alertThresholdUsd = 60000.00, set by RegulatorMSP at " + setAt
                        + " in tx " + set.txId() + ")");
        assertThat(payments("regulator").corridors().alerts().thresholdUsd()).hasToString("60000.00");
    }

    @Test
    void theOldSetterForwardsToTheRegistryAndItsHistory() {
        Instant setAt = now;
        Parameter p = payments("regulator").corridors().setAlertThreshold("60000.00");
        tick();
        assertThat(p.by()).isEqualTo("RegulatorMSP");
        List<ParamValue> history = as("banka").governance().parameterHistory("alertThresholdUsd");
        assertThat(history).hasSize(2);
        ParamValue change = history.get(1);
        assertThat(change.value()).isEqualByComparingTo("60000.00");
        assertThat(change.previous()).isEqualByComparingTo("50000");
        assertThat(change.setBy()).isEqualTo("RegulatorMSP");
        assertThat(change.at()).isEqualTo(setAt);
        assertThat(change.txId()).isEqualTo(p.txId());
        // 445,160.00 CNY = 55,645.00 USD < 60,000.00
        assertThat(pay("P", "445160.00").alert()).isFalse();
    }

    @Test
    void onlyTheRegulatorSetsIt() {
        assertRejected(
                ErrorCode.FORBIDDEN,
                "CentralBankMSP may not set alertThresholdUsd: needs role REGULATOR",
                () -> as("centralbank").governance().setParameter("alertThresholdUsd", "60000", null));
        assertRejected(
                ErrorCode.FORBIDDEN,
                "CentralBankMSP may not set the payment alert threshold: needs role REGULATOR",
                () -> payments("centralbank").corridors().setAlertThreshold("60000.00"));
        assertThat(as("banka").governance().parameterHistory("alertThresholdUsd"))
                .hasSize(1);
    }

    @Test
    void aThresholdIsInCents() {
        assertRejected(
                ErrorCode.INVALID_ARGUMENT,
                "alertThresholdUsd 60000.005 has more than 2 decimal places",
                () -> as("regulator").governance().setParameter("alertThresholdUsd", "60000.005", null));
    }
}
