package io.bondbridge.client.bond;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.governance.ParamValue;
import org.junit.jupiter.api.Test;

/**
 * The default cap of a new INDEXED series is the governed {@code rateCapSpreadPct} (TREASURY, default 1 point) over
 * its initial rate; a cap given in the terms wins, and a series keeps the cap it was created with.
 */
class GovernedCapTest extends BondFixture {

    @Test
    void aNewIndexedSeriesTakesTheSpreadInForce() {
        create(terms("TBX-A-2026").coupon("INDEXED", "3.00").build());
        assertThat(bonds("banka").show("TBX-A-2026").rateCap()).isEqualByComparingTo("4.00"); // 3.00 + 1
        ParamValue set = as("centralbank").governance().setParameter("rateCapSpreadPct", "1.5", "wider band");
        tick();
        assertThat(set.previous()).isEqualByComparingTo("1");
        create(terms("TBX-B-2026").coupon("INDEXED", "3.00").build());
        assertThat(bonds("banka").show("TBX-B-2026").rateCap()).isEqualByComparingTo("4.50"); // 3.00 + 1.5
        create(terms("TBX-C-2026").coupon("INDEXED", "3.00").rateCap("3.25").build());
        assertThat(bonds("banka").show("TBX-C-2026").rateCap()).isEqualByComparingTo("3.25");
        assertThat(bonds("banka").show("TBX-A-2026").rateCap()).isEqualByComparingTo("4.00");
    }

    @Test
    void onlyTheTreasurySetsIt() {
        assertRejected(
                ErrorCode.FORBIDDEN,
                "RegulatorMSP may not set rateCapSpreadPct: needs role TREASURY",
                () -> as("regulator").governance().setParameter("rateCapSpreadPct", "2", null));
        assertRejected(
                ErrorCode.INVALID_ARGUMENT,
                "rateCapSpreadPct 0.12345 has more than 4 decimal places",
                () -> as("centralbank").governance().setParameter("rateCapSpreadPct", "0.12345", null));
    }
}
