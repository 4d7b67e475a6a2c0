package io.bondbridge.client.cli.demo;

import io.bondbridge.api.bond.RateReset;
import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.bond.TradePostResult;
import io.bondbridge.api.governance.ParamValue;
import java.time.YearMonth;

/**
 * The gradual exit: an export bond indexed at 2.60%; the central bank sets the exit to three steps (a governed
 * parameter, with its old value kept); the high-tech share of exports is above 40% for two months, so the coupon
 * converges to the market reference rate 1.70% in three monthly steps, each a stored reset with its reason. Runs
 * after the tranche chapter (it continues its trade months).
 */
final class ExitChapter implements Demo.Chapter {
    @Override
    public String title() {
        return "High-tech exports above 40%: a gradual exit to market pricing";
    }

    @Override
    public void run(Demo demo) {
        YearMonth first = YearMonth.parse(TrancheChapter.nextMonth(demo));
        String id = "TBE-" + first.toString().replace("-", "") + "-X";
        demo.as("centralbank")
                .bonds()
                .create(new SeriesTerms(
                        id,
                        "CNY",
                        "100.00",
                        "INDEXED",
                        "2.60",
                        2,
                        first.atDay(1).toString(),
                        first.atDay(1).plusYears(3).toString(),
                        "ACT/365F",
                        "100000",
                        "TRADE_EXPORT",
                        "SEMICONDUCTORS",
                        "3.60"));
        demo.say("the treasury creates export bond %s, coupon 2.60%% indexed from %s", id, first);
        ParamValue steps = demo.as("centralbank").governance().parameters().stream()
                .filter(p -> p.name().equals("exitSteps"))
                .findFirst()
                .orElseThrow();
        if (steps.value().intValue() != 3) {
            steps = demo.as("centralbank").governance().setParameter("exitSteps", "3", "a quicker exit for the demo");
        }
        demo.say(
                "the central bank sets exitSteps = %s (was %s; set by %s); the market reference rate is %s%%",
                steps.value(),
                steps.previous(),
                steps.setBy(),
                demo.as("regulator").governance().parameters().stream()
                        .filter(p -> p.name().equals("marketRatePct"))
                        .findFirst()
                        .orElseThrow()
                        .value());
        String[] shares = {"41", "42", "43", "44", "45"};
        for (int m = 0; m < shares.length; m++) {
            TradePostResult r = demo.as("regulator")
                    .bonds()
                    .postTrade(first.plusMonths(m).toString(), "290", "240", BondChapter.GDP, shares[m]);
            RateReset reset = r.resets().stream()
                    .filter(x -> x.series().equals(id))
                    .findFirst()
                    .orElse(null);
            demo.say(
                    "  %s high-tech share %s%%: %s",
                    r.month().month(),
                    shares[m],
                    reset == null ? "no reset" : reset.rule() + " -> " + reset.rate() + "%: " + reset.reason());
        }
        demo.say(
                "bond rates %s: coupon %s%% after %d stored resets; indexation has ended",
                id,
                demo.as("bankb").bonds().rates(id).couponRate(),
                demo.as("bankb").bonds().rates(id).resets().size());
    }
}
