package io.bondbridge.client.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.governance.Param;
import io.bondbridge.api.governance.ParamValue;
import io.bondbridge.api.governance.Role;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.embedded.EmbeddedLedger;
import io.bondbridge.client.transport.BondBridgeException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The governed parameters (issue 14, item 3): defaults, the owning role, the change record. */
class ParametersTest {
    private EmbeddedLedger ledger;

    @BeforeEach
    void open() {
        ledger = EmbeddedLedger.inMemory();
        as("centralbank").init();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private GovernanceClient as(String org) {
        return BondBridge.open(ledger.transport(org)).governance();
    }

    private void assertRejected(
            ErrorCode code, String rule, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        String before = ledger.stateDigest();
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(code))
                .hasMessageContaining(rule);
        assertThat(ledger.stateDigest()).isEqualTo(before);
    }

    @Test
    void everyParameterReadsItsDefaultUntilSet() {
        List<ParamValue> all = as("banka").parameters();
        assertThat(all).hasSize(Param.values().length);
        ParamValue band = all.get(0);
        assertThat(band.name()).isEqualTo("bandLowPct");
        assertThat(band.value()).isEqualByComparingTo("2");
        assertThat(band.owner()).isEqualTo(Role.CENTRAL_BANK);
        assertThat(band.source()).isEqualTo(Param.Source.ESSAY);
        assertThat(band.setBy()).isNull();
        // the essays' numbers and the project's own, as the README lists them
        assertThat(all)
                .filteredOn(p -> p.source() == Param.Source.ESSAY)
                .extracting(ParamValue::name)
                .contains(
                        "bandLowPct",
                        "bandHighPct",
                        "triggerMonths",
                        "exitSharePct",
                        "alertThresholdUsd",
                        "minShortSharePct");
        assertThat(all)
                .filteredOn(p -> p.source() == Param.Source.PROJECT)
                .extracting(ParamValue::name)
                .contains("stepBp", "rateFloorPct", "maxBillDays", "haircutTbillPct");
    }

    @Test
    void theOwnerSetsAValueAndTheChangeKeepsWhoWhenAndTheOldValue() {
        ParamValue set = as("centralbank").setParameter("bandHighPct", "4.5", "2024 surplus near 4%");
        assertThat(set.value()).isEqualByComparingTo("4.5");
        assertThat(set.previous()).isEqualByComparingTo("4");
        assertThat(set.setBy()).isEqualTo("CentralBankMSP");
        assertThat(set.at()).isNotNull();
        assertThat(set.reason()).isEqualTo("2024 surplus near 4%");
        as("centralbank").setParameter("bandHighPct", "5", null);
        List<ParamValue> history = as("regulator").parameterHistory("bandHighPct");
        assertThat(history)
                .extracting(ParamValue::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("4"), new BigDecimal("4.5"), new BigDecimal("5"));
        assertThat(history.get(2).previous()).isEqualByComparingTo("4.5");
        assertThat(as("banka").parameters().get(1).value()).isEqualByComparingTo("5");
    }

    @Test
    void onlyTheOwningRoleSetsAParameterAndOnlyWithinItsBounds() {
        assertRejected(
                ErrorCode.FORBIDDEN, "may not set alertThresholdUsd: needs role REGULATOR", () -> as("centralbank")
                        .setParameter("alertThresholdUsd", "60000", null));
        assertRejected(ErrorCode.FORBIDDEN, "needs role CENTRAL_BANK", () -> as("banka")
                .setParameter("stepBp", "50", null));
        assertRejected(ErrorCode.INVALID_ARGUMENT, "stepBp is a whole number", () -> as("centralbank")
                .setParameter("stepBp", "12.5", null));
        assertRejected(ErrorCode.INVALID_ARGUMENT, "exitSharePct 101 is outside 0..100", () -> as("centralbank")
                .setParameter("exitSharePct", "101", null));
        assertRejected(ErrorCode.INVALID_ARGUMENT, "band low 4% must be below band high 4%", () -> as("centralbank")
                .setParameter("bandLowPct", "4", null));
        assertRejected(ErrorCode.INVALID_ARGUMENT, "parameter 'nope' is not one of", () -> as("centralbank")
                .setParameter("nope", "1", null));
        assertRejected(ErrorCode.CONFLICT, "triggerMonths is already 2", () -> as("centralbank")
                .setParameter("triggerMonths", "2", null));
        assertThat(as("regulator")
                        .setParameter("alertThresholdUsd", "60000", null)
                        .value())
                .isEqualByComparingTo("60000");
    }
}
