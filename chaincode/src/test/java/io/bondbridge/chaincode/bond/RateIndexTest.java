package io.bondbridge.chaincode.bond;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.bond.RateReset;
import io.bondbridge.api.bond.SeriesRates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trade-balance index against a rate path computed by hand. Months are 2025-01 onward; ratios are given
 * directly so each 6-month average is easy to check: five months of 3% and one of 12% average (0.15 + 0.12) / 6 =
 * 4.5% (above the 2%-4% band); five of 3% and one of -9% average (0.15 - 0.09) / 6 = 1% (below).
 */
class RateIndexTest {
    private static final BigDecimal INITIAL = new BigDecimal("2.50");
    private static final BigDecimal FLOOR = new BigDecimal("0.00");
    private static final BigDecimal CAP = new BigDecimal("3.00");

    private static List<RateIndex.Point> points(String... ratiosAndShares) {
        List<RateIndex.Point> points = new ArrayList<>();
        for (int i = 0; i < ratiosAndShares.length; i++) {
            String[] r = ratiosAndShares[i].split("@");
            points.add(new RateIndex.Point(
                    String.format("%d-%02d", 2025 + i / 12, i % 12 + 1),
                    new BigDecimal(r[0]),
                    r.length > 1 ? new BigDecimal(r[1]) : null));
        }
        return points;
    }

    @Test
    void reproducesAHandComputedRatePath() {
        List<RateIndex.Point> p = points(
                "0.03", "0.03", "0.03", "0.03", "0.03", "0.03", // m1-m6: no average before m6; m6 avg 3%: in band
                "0.12", // m7: avg 4.5% above, 1st month: no change
                "0.03", // m8: window m3-m8 still holds m7: 4.5% above, 2nd month: +25 bp -> 2.75, count restarts
                "0.03", // m9: 4.5% above, 1st again: no change
                "0.03", // m10: 4.5%, 2nd: -> 3.00 (the cap)
                "0.03", // m11: 4.5% (m7 still in m6-m11), 1st
                "0.03", // m12: 4.5%, 2nd: 3.25 would pass the cap 3.00: held at cap
                "0.03", // m13: window m8-m13 all 3%: in band, count restarts
                "-0.09", // m14: avg 1% below, 1st: no change
                "0.03", // m15: window m10-m15 holds m14: 1% below, 2nd: -25 bp -> 2.75
                "0.03@40", // m16: high-tech share 40%: exit, rate fixed at 2.75
                "-0.09", "0.03"); // m17, m18: below again twice, but indexation has ended
        List<RateIndex.Decision> path = RateIndex.path(p, "2025-01", INITIAL, FLOOR, CAP);
        String[] rates = {
            "2.50", "2.50", "2.50", "2.50", "2.50", "2.50", "2.50", "2.75", "2.75", "3.00", "3.00", "3.00", "3.00",
            "3.00", "2.75", "2.75", "2.75", "2.75"
        };
        RateReset.Rule[] rules = {
            RateReset.Rule.NONE,
            RateReset.Rule.NONE,
            RateReset.Rule.NONE,
            RateReset.Rule.NONE,
            RateReset.Rule.NONE,
            RateReset.Rule.NONE,
            RateReset.Rule.NONE,
            RateReset.Rule.STEP_UP,
            RateReset.Rule.NONE,
            RateReset.Rule.STEP_UP,
            RateReset.Rule.NONE,
            RateReset.Rule.HELD_AT_CAP,
            RateReset.Rule.NONE,
            RateReset.Rule.NONE,
            RateReset.Rule.STEP_DOWN,
            RateReset.Rule.EXIT,
            RateReset.Rule.NONE,
            RateReset.Rule.NONE
        };
        assertThat(path).hasSize(18);
        for (int i = 0; i < path.size(); i++) {
            assertThat(path.get(i).rate()).as("rate in month %d", i + 1).isEqualByComparingTo(rates[i]);
            assertThat(path.get(i).rule()).as("rule in month %d", i + 1).isEqualTo(rules[i]);
        }
        assertThat(path.get(6).average6()).isEqualByComparingTo("0.045");
        assertThat(path.get(6).reason()).contains("1 consecutive").contains("no change");
        assertThat(path.get(13).average6()).isEqualByComparingTo("0.01");
        assertThat(path.get(7).window())
                .containsExactly("2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08");
    }

    @Test
    void twoMonthsOutsideTheBandThatAreNotConsecutiveChangeNothing() {
        List<RateIndex.Point> p = points(
                "0.03", "0.03", "0.03", "0.03", "0.03", "0.03", "0.12", // m7: (0.15 + 0.12) / 6 = 4.5% above, 1st
                "-0.06", // m8: window m3-m8: (0.12 + 0.12 - 0.06) / 6 = 3%: in band
                "0.12"); // m9: window m4-m9: (0.09 + 0.12 - 0.06 + 0.12) / 6 = 4.5% above, 1st again
        List<RateIndex.Decision> path = RateIndex.path(p, "2025-01", INITIAL, FLOOR, CAP);
        assertThat(path.get(8).average6()).isEqualByComparingTo("0.045");
        assertThat(path).allSatisfy(d -> assertThat(d.rate()).isEqualByComparingTo(INITIAL));
    }

    @Test
    void monthsBeforeTheSeriesOnlyFeedTheAverages() {
        List<RateIndex.Point> p = points("0.12", "0.12", "0.12", "0.12", "0.12", "0.12", "0.12");
        List<RateIndex.Decision> path = RateIndex.path(p, "2025-07", INITIAL, FLOOR, CAP);
        assertThat(path).hasSize(1); // m7 only: 12% above, but its 1st month for this series
        assertThat(path.get(0).rate()).isEqualByComparingTo(INITIAL);
    }

    @Test
    void theStepDownStopsAtTheFloor() {
        List<RateIndex.Point> p = points("0.03", "0.03", "0.03", "0.03", "0.03", "-0.09", "0.03");
        List<RateIndex.Decision> path = RateIndex.path(p, "2025-01", new BigDecimal("0.00"), FLOOR, CAP);
        assertThat(path.get(6).rule()).isEqualTo(RateReset.Rule.HELD_AT_FLOOR);
        assertThat(path.get(6).rate()).isEqualByComparingTo("0.00");
    }

    @Test
    void theSignalIsTheThreeMonthAverageCrossingTheSixMonthAverage() {
        // m7 = 6%: 3m avg (0.03 + 0.03 + 0.06) / 3 = 4% vs 6m (0.15 + 0.06) / 6 = 3.5%; at m6 both were 3%: EXPORT
        assertThat(RateIndex.signal(points("0.03", "0.03", "0.03", "0.03", "0.03", "0.03", "0.06")))
                .isEqualTo(SeriesRates.Signal.EXPORT);
        // m7 = 0%: 3m 2% vs 6m 2.5%: crossing below: IMPORT
        assertThat(RateIndex.signal(points("0.03", "0.03", "0.03", "0.03", "0.03", "0.03", "0.00")))
                .isEqualTo(SeriesRates.Signal.IMPORT);
        // m8 = 6% again: 3m already above 6m at m7, still above: no crossing
        assertThat(RateIndex.signal(points("0.03", "0.03", "0.03", "0.03", "0.03", "0.03", "0.06", "0.06")))
                .isNull();
        assertThat(RateIndex.signal(points("0.03", "0.03", "0.03", "0.03", "0.03", "0.06")))
                .isNull();
    }

    @Test
    void theSurplusRatioIsExportsMinusImportsOverGdp() {
        // (3577.9 - 2810.0) / 18766.0 = 767.9 / 18766.0 = 0.040919748... -> 0.04091975 (8 places, HALF_EVEN)
        assertThat(RateIndex.ratio(new BigDecimal("3577.9"), new BigDecimal("2810.0"), new BigDecimal("18766.0")))
                .isEqualByComparingTo("0.04091975");
    }
}
