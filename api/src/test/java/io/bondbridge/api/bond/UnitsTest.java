package io.bondbridge.api.bond;

import static io.bondbridge.api.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void parsesUnitsAtTwoPlaces() {
        assertThat(Units.positive("10", "units").toPlainString()).isEqualTo("10.00");
        assertThat(Units.positive("0.01", "units").minor()).isEqualTo(1);
        assertThat(Units.positive("2.50", "units").scale()).isEqualTo(Units.SCALE);
    }

    @Test
    void rejectsAThirdPlaceZeroNegativeAndHugeUnits() {
        rejects(() -> Units.positive("0.001", "units"), "units '0.001' has more than 2 decimal places");
        rejects(() -> Units.positive("0", "units"), "units 0.00 must be more than zero");
        rejects(() -> Units.positive("-1", "tendered units"), "tendered units -1.00 must be more than zero");
        rejects(
                () -> Units.positive("1e20", "authorized units"),
                "authorized units '1e20' has more than 19 integer digits");
        rejects(() -> Units.positive("ten", "units"), "units 'ten' is not a decimal number");
    }

    @Test
    void parsesSeriesIds() {
        assertThat(Series.requireId("CGB-2026-01")).isEqualTo("CGB-2026-01");
        assertThat(Series.requireId("A1B")).isEqualTo("A1B");
        assertThat(Series.requireId("X".repeat(32))).hasSize(32);
        rejects(() -> Series.requireId("AB"), "series id 'AB' is not 3-32 capital letters, digits or '-'");
        rejects(
                () -> Series.requireId("X".repeat(33)),
                "series id '" + "X".repeat(33) + "' is not 3-32 capital letters, digits or '-'");
        rejects(() -> Series.requireId("cgb 1"), "series id 'cgb 1' is not 3-32 capital letters, digits or '-'");
        rejects(() -> Series.requireId("-AB"), "series id '-AB' is not 3-32 capital letters, digits or '-'");
    }
}
