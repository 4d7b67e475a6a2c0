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
                "0.03",
                "0.03",
                "0.03",
                "0.03",
                "0.03",
                "0.03", // m1-m6: no average before m6; m6 avg 3%: in band
                "0.12", // m7: avg 4.5% above, 1st month: no change
                "0.03", // m8: window m3-m8 still holds m7: 4.5% above, 2nd month: +25 bp -> 2.75, count restarts
                "0.03", // m9: 4.5% above, 1st again: no change
                "0.03", // m10: 4.5%, 2nd: -> 3.00 (the cap)
                "0.03", // m11: 4.5% (m7 still in m6-m11), 1st
                "0.03", // m12: 4.5%, 2nd: 3.25 would pass the cap 3.00: held at cap
                "0.03", // m13: window m8-m13 all 3%: in band, count restarts
                "-0.09", // m14: avg 1% below, 1st: no change
                "0.03", // m15: window m10-m15 holds m14: 1% below, 2nd: -25 bp -> 2.75
                "0.03@41", // m16: high-tech share 41% > 40%, 1st month above: no exit yet (1% below, 1st: no change)
                "-0.09@41", // m17: 2nd month above 40%: gradual exit to the market rate 1.70 in 4 steps:
                // step 1: 2.75 + (1.70 - 2.75) x 1/4 = 2.75 - 0.2625 = 2.4875
                "0.03", // m18: step 2: 2.75 - 1.05 x 2/4 = 2.225 (the band no longer counts)
                "0.03", // m19: step 3: 2.75 - 1.05 x 3/4 = 1.9625
                "-0.09", // m20: step 4 of 4: 1.70, indexation ends
                "-0.09",
                "-0.09"); // m21, m22: below the band, but the rate is fixed
        List<RateIndex.Decision> path = RateIndex.path(p, "2025-01", INITIAL, FLOOR, CAP);
        String[] rates = {
            "2.50", "2.50", "2.50", "2.50", "2.50", "2.50", "2.50", "2.75", "2.75", "3.00", "3.00", "3.00", "3.00",
            "3.00", "2.75", "2.75", "2.4875", "2.225", "1.9625", "1.70", "1.70", "1.70"
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
            RateReset.Rule.NONE,
            RateReset.Rule.EXIT_STEP,
            RateReset.Rule.EXIT_STEP,
            RateReset.Rule.EXIT_STEP,
            RateReset.Rule.EXIT,
            RateReset.Rule.NONE,
            RateReset.Rule.NONE
        };
        assertThat(path).hasSize(22);
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
    void aShareOfExactlyFortyPercentIsNotAboveTheExitShare() {
        // the essay: exit when the high-tech share *exceeds* 40%; 40% for two months keeps the index running
        List<RateIndex.Point> p = points("0.03", "0.03", "0.03", "0.03", "0.03", "0.03@40", "0.03@40");
        assertThat(RateIndex.path(p, "2025-01", INITIAL, FLOOR, CAP))
                .allSatisfy(d -> assertThat(d.rule()).isEqualTo(RateReset.Rule.NONE));
    }

    @Test
    void oneMonthAboveTheExitShareThenOneBelowRestartsTheExitCount() {
        List<RateIndex.Point> p = points("0.03", "0.03", "0.03", "0.03", "0.03", "0.03@45", "0.03@30", "0.03@45");
        assertThat(RateIndex.path(p, "2025-01", INITIAL, FLOOR, CAP))
                .allSatisfy(d -> assertThat(d.rate()).isEqualByComparingTo(INITIAL));
    }

    @Test
    void governedRulesChangeTheBandTheTriggerTheStepAndTheExit() {
        // band 1%-2%, three months to act, 50 bp a step, exit above 30% in 2 steps to a market rate of 2.00
        RateIndex.Rules rules = new RateIndex.Rules(
                new BigDecimal("1"), new BigDecimal("2"), 3, 50, new BigDecimal("30"), 2, new BigDecimal("2.00"));
        List<RateIndex.Point> p = points(
                "0.03", "0.03", "0.03", "0.03", "0.03", "0.03", // m6: 3% is above a 1%-2% band: 1st month
                "0.03", // m7: 2nd: no change (the default rules would step here)
                "0.03", // m8: 3rd: +50 bp -> 3.00
                "0.03@31", "0.03@31", // m9: 1st month above 30%; m10: 2nd... but the trigger is 3 months
                "0.03@31", // m11: 3rd month above 30%: exit step 1 of 2: 3.00 + (2.00 - 3.00) x 1/2 = 2.50
                "0.03"); // m12: step 2 of 2: 2.00, fixed
        RateIndex.Path path =
                RateIndex.path(p, "2025-01", RateIndex.State.start(INITIAL), FLOOR, new BigDecimal("5.00"), rules);
        List<RateIndex.Decision> d = path.decisions();
        assertThat(d.get(6).rule()).isEqualTo(RateReset.Rule.NONE);
        assertThat(d.get(7).rule()).isEqualTo(RateReset.Rule.STEP_UP);
        assertThat(d.get(7).rate()).isEqualByComparingTo("3.00");
        assertThat(d.get(7).reason()).contains("band 1%-2%").contains("+50 bp");
        // m9 is the 1st month after the step: the band count restarts, so m9-m10 change nothing
        assertThat(d.get(9).rule()).isEqualTo(RateReset.Rule.NONE);
        assertThat(d.get(10).rule()).isEqualTo(RateReset.Rule.EXIT_STEP);
        assertThat(d.get(10).rate()).isEqualByComparingTo("2.50");
        assertThat(d.get(11).rule()).isEqualTo(RateReset.Rule.EXIT);
        assertThat(d.get(11).rate()).isEqualByComparingTo("2.00");
        assertThat(d.get(11).parameters())
                .containsEntry("stepBp", new BigDecimal("50"))
                .containsEntry("triggerMonths", new BigDecimal("3"))
                .containsEntry("exitSteps", new BigDecimal("2"))
                .containsEntry("marketRatePct", new BigDecimal("2.00"));
        assertThat(path.end().exited()).isTrue();
    }

    @Test
    void aPathContinuedFromItsStoredStateEqualsTheWholePath() {
        List<RateIndex.Point> p =
                points("0.03", "0.03", "0.03", "0.03", "0.03", "0.03", "0.12", "0.03", "0.03@41", "0.03@41", "0.03");
        RateIndex.Rules rules = RateIndex.Rules.defaults();
        RateIndex.Path whole = RateIndex.path(p, "2025-01", RateIndex.State.start(INITIAL), FLOOR, CAP, rules);
        RateIndex.Path head =
                RateIndex.path(p.subList(0, 7), "2025-01", RateIndex.State.start(INITIAL), FLOOR, CAP, rules);
        RateIndex.Path tail = RateIndex.path(p, "2025-08", head.end(), FLOOR, CAP, rules);
        assertThat(tail.end()).isEqualTo(whole.end());
        assertThat(tail.decisions())
                .extracting(RateIndex.Decision::rate)
                .containsExactlyElementsOf(whole.decisions().subList(7, 11).stream()
                        .map(RateIndex.Decision::rate)
                        .toList());
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
