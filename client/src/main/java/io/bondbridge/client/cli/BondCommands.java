package io.bondbridge.client.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.Parse;
import io.bondbridge.api.bond.BondRedeemResult;
import io.bondbridge.api.bond.BondTransferResult;
import io.bondbridge.api.bond.BuybackResult;
import io.bondbridge.api.bond.Claim;
import io.bondbridge.api.bond.CouponOpenResult;
import io.bondbridge.api.bond.DayCount;
import io.bondbridge.api.bond.DisburseResult;
import io.bondbridge.api.bond.Disbursement;
import io.bondbridge.api.bond.Holding;
import io.bondbridge.api.bond.IndexKind;
import io.bondbridge.api.bond.IssueResult;
import io.bondbridge.api.bond.OfferAcceptResult;
import io.bondbridge.api.bond.OfferCancelResult;
import io.bondbridge.api.bond.OfferResult;
import io.bondbridge.api.bond.Proceeds;
import io.bondbridge.api.bond.Program;
import io.bondbridge.api.bond.RateReset;
import io.bondbridge.api.bond.SectorLink;
import io.bondbridge.api.bond.Series;
import io.bondbridge.api.bond.SeriesCreated;
import io.bondbridge.api.bond.SeriesRates;
import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.bond.SeriesView;
import io.bondbridge.api.bond.SubscribeResult;
import io.bondbridge.api.bond.TenderResult;
import io.bondbridge.api.bond.TradeSignal;
import io.bondbridge.api.bond.TrancheResult;
import io.bondbridge.api.bond.Units;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.client.bond.BondClient;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bond ...} (docs/CLI.md); {@code trade} is {@link TradeCommands}, {@code sizing} {@link SizingCommands}. */
final class BondCommands {
    private BondCommands() {}

    @Command(
            name = "bond",
            description = "Tokenized treasury bonds: series, DvP issue, trading, coupons, redemption.",
            subcommands = {
                Create.class,
                Subscribe.class,
                Issue.class,
                Transfer.class,
                OfferCmd.class,
                Accept.class,
                Cancel.class,
                CouponCmd.class,
                ClaimCmd.class,
                Redeem.class,
                TenderCmd.class,
                Buyback.class,
                Disburse.class,
                Disbursements.class,
                Show.class,
                Holdings.class,
                Rates.class,
                TrancheCmd.class,
                LinkIndex.class
            })
    static final class Group {}

    /** Bond units as sent: checked ({@link Units#positive}) and in plain form. */
    static String units(String text, String what) {
        Units.positive(text, what);
        return Session.plain(text);
    }

    /**
     * A price or amount in the series currency, as sent: more than zero; the ledger, which knows the series, checks
     * its places against the currency's.
     */
    static String price(String text, String what) {
        Amount.positive(text, what);
        return Session.plain(text);
    }

    static String series(String text) {
        return Series.requireId(text);
    }

    /** A rate in percent as sent: checked ({@link Parse#percent}) and in plain form. */
    private static String percent(String text, String what) {
        Parse.percent(text, what);
        return Session.plain(text);
    }

    private static BondClient bonds(Session s) {
        return s.bridge().bonds();
    }

    /**
     * The options {@code create} and {@code tranche} both take for the series' life and size, in the order they are
     * declared there (which the usage errors and the HTTP routes list), and their checks.
     */
    static final class Schedule {
        @Option(names = "--issue-date", required = true, paramLabel = "D")
        String issueDate;

        @Option(names = "--maturity", required = true, paramLabel = "D")
        String maturity;

        @Option(names = "--day-count", required = true, paramLabel = "ACT/365F|ACT/360|30/360|ACT/ACT")
        String dayCount;

        @Option(names = "--authorized", required = true, paramLabel = "UNITS")
        String authorized;

        void check() {
            Parse.date(issueDate, "--issue-date");
            Parse.date(maturity, "--maturity");
            DayCount.parse(dayCount);
            units(authorized, "--authorized");
        }
    }

    @Command(name = "create", description = "Create a series (TREASURY): its terms are written once and never change.")
    static final class Create extends CliCommand {
        @Parameters(paramLabel = "SERIES")
        String series;

        @Option(names = "--currency", required = true, paramLabel = "C")
        String currency;

        @Option(names = "--face", required = true, paramLabel = "AMT", description = "face value per unit")
        String face;

        @Option(names = "--coupon", required = true, paramLabel = "ZERO|FIXED:RATE|INDEXED:RATE")
        String coupon;

        @Option(names = "--frequency", required = true, paramLabel = "N", description = "coupons a year: 1, 2, 4, 12")
        int frequency;

        @Mixin
        Schedule schedule;

        @Option(
                names = "--program",
                paramLabel = "PROGRAM",
                description = "TRADE_EXPORT, TRADE_IMPORT, ULTRA_LONG, INVESTMENT, CONSUMPTION or RESERVE")
        String program;

        @Option(names = "--use-of-proceeds", paramLabel = "TAG", description = "one of the program's tags")
        String useOfProceeds;

        @Option(names = "--rate-cap", paramLabel = "RATE", description = "INDEXED: highest rate, percent")
        String rateCap;

        @Option(
                names = "--min-denomination",
                paramLabel = "UNITS",
                description = "smallest holding other than none (default 0.01)")
        String minDenomination;

        @Override
        void run(Session s) {
            series(series);
            Amount.positive(face, Currencies.require(currency), "--face");
            String[] c = coupon.split(":", 2);
            String type = c[0].toUpperCase(Locale.ROOT);
            if (!List.of("ZERO", "FIXED", "INDEXED").contains(type) || type.equals("ZERO") != (c.length == 1)) {
                throw new UsageException("--coupon '" + coupon + "' is not ZERO, FIXED:RATE or INDEXED:RATE");
            }
            String rate = c.length == 2 ? percent(c[1], "coupon rate") : null;
            schedule.check();
            if (program != null
                    && java.util.Arrays.stream(Program.values())
                            .noneMatch(p -> p.name().equals(program))) {
                throw new UsageException(
                        "--program '" + program + "' is not one of " + java.util.Arrays.toString(Program.values()));
            }
            if (rateCap != null) {
                Parse.percent(rateCap, "--rate-cap");
            }
            if (minDenomination != null) {
                units(minDenomination, "--min-denomination");
            }
            SeriesCreated r = bonds(s).create(new SeriesTerms(
                    series,
                    currency,
                    face,
                    type,
                    rate,
                    frequency,
                    schedule.issueDate,
                    schedule.maturity,
                    schedule.dayCount,
                    schedule.authorized,
                    program,
                    useOfProceeds,
                    rateCap,
                    minDenomination));
            s.print(r, () -> {
                var x = r.series();
                s.out.printf(
                        "created %s: %s %s face %s, %s %s%%, %d/yr %s, %s to %s, authorized %s units%n",
                        x.seriesId(),
                        x.currency(),
                        x.couponType(),
                        x.face(),
                        x.dayCount().label(),
                        x.couponRate(),
                        x.frequency(),
                        x.program() == null ? "" : x.program() + "/" + x.useOfProceeds(),
                        x.issueDate(),
                        x.maturity(),
                        x.authorized());
                s.out.println("tx " + r.txId());
            });
        }
    }

    @Command(
            name = "subscribe",
            description = "Consent to pay up to X (series currency) from your account for primary allocations.")
    static final class Subscribe extends CliCommand {
        @Parameters(paramLabel = "SERIES")
        String series;

        @Option(names = "--account", required = true, paramLabel = "A")
        String account;

        @Option(names = "--amount", required = true, paramLabel = "X")
        String amount;

        @Override
        void run(Session s) {
            series(series);
            AccountId.parse(account, "--account");
            String x = price(amount, "--amount");
            SubscribeResult r = bonds(s).subscribe(series, account, x);
            s.print(
                    r,
                    () -> s.out.printf(
                            "%s subscribes up to %s for %s%ntx %s%n",
                            r.subscription().account(),
                            r.subscription().remaining(),
                            r.subscription().series(),
                            r.txId()));
        }
    }

    @Command(
            name = "issue",
            description =
                    "DvP primary issue (issuer): the buyer pays U x price in stable units, within its subscription.")
    static final class Issue extends CliCommand {
        @Parameters(paramLabel = "SERIES")
        String series;

        @Option(names = "--to", required = true, paramLabel = "ACCOUNT")
        String to;

        @Option(names = "--units", required = true, paramLabel = "U")
        String units;

        @Option(names = "--price", required = true, paramLabel = "AMT")
        String price;

        @Override
        void run(Session s) {
            series(series);
            AccountId.parse(to, "--to");
            String u = units(units, "--units");
            String p = price(price, "--price");
            IssueResult r = bonds(s).issue(series, to, u, p);
            s.print(
                    r,
                    () -> s.out.printf(
                            "issued %s units of %s to %s at %s: paid %s; issued %s, outstanding %s%ntx %s%n",
                            r.units(),
                            r.series(),
                            r.account(),
                            r.price(),
                            r.cash(),
                            r.issued(),
                            r.outstanding(),
                            r.txId()));
        }
    }

    @Command(name = "transfer", description = "Move free units between eligible accounts (you must own --from).")
    static final class Transfer extends CliCommand {
        @Parameters(paramLabel = "SERIES")
        String series;

        @Option(names = "--from", required = true, paramLabel = "A")
        String from;

        @Option(names = "--to", required = true, paramLabel = "B")
        String to;

        @Option(names = "--units", required = true, paramLabel = "U")
        String units;

        @Override
        void run(Session s) {
            series(series);
            AccountId.parse(from, "--from");
            AccountId.parse(to, "--to");
            String u = units(units, "--units");
            BondTransferResult r = bonds(s).transfer(series, from, to, u);
            s.print(
                    r,
                    () -> s.out.printf(
                            "%s units of %s from %s (now %s) to %s (now %s)%ntx %s%n",
                            r.units(), r.series(), r.from(), r.fromUnits(), r.to(), r.toUnits(), r.txId()));
        }
    }

    @Command(
            name = "offer",
            description = "Offer units at a price per unit; they are locked until accepted or cancelled.")
    static final class OfferCmd extends CliCommand {
        @Parameters(paramLabel = "SERIES")
        String series;

        @Option(names = "--from", required = true, paramLabel = "A")
        String from;

        @Option(names = "--units", required = true, paramLabel = "U")
        String units;

        @Option(names = "--price", required = true, paramLabel = "AMT")
        String price;

        @Option(names = "--expires", paramLabel = "INSTANT")
        String expires;

        @Override
        void run(Session s) {
            series(series);
            AccountId.parse(from, "--from");
            String u = units(units, "--units");
            String p = price(price, "--price");
            Instant e = expires == null ? null : Parse.instantOrDate(expires, "--expires");
            OfferResult r = bonds(s).offer(series, from, u, p, e);
            s.print(
                    r,
                    () -> s.out.printf(
                            "offer %s: %s units of %s from %s at %s%s%ntx %s%n",
                            r.offerId(),
                            r.offer().units(),
                            r.offer().series(),
                            r.offer().seller(),
                            r.offer().price(),
                            e == null ? "" : ", expires " + e,
                            r.txId()));
        }
    }

    @Command(name = "accept", description = "Take an offer (you must own --buyer): DvP, both legs or neither.")
    static final class Accept extends CliCommand {
        @Parameters(paramLabel = "OFFER")
        String offer;

        @Option(names = "--buyer", required = true, paramLabel = "ACCOUNT")
        String buyer;

        @Override
        void run(Session s) {
            AccountId.parse(buyer, "--buyer");
            OfferAcceptResult r = bonds(s).accept(offer, buyer);
            s.print(
                    r,
                    () -> s.out.printf(
                            "%s bought %s units of %s from %s for %s%ntx %s%n",
                            r.buyer(), r.units(), r.series(), r.seller(), r.cash(), r.txId()));
        }
    }

    @Command(name = "cancel", description = "Cancel an offer (the seller any time, anyone once expired); units unlock.")
    static final class Cancel extends CliCommand {
        @Parameters(paramLabel = "OFFER")
        String offer;

        @Override
        void run(Session s) {
            OfferCancelResult r = bonds(s).cancel(offer);
            s.print(
                    r,
                    () -> s.out.printf(
                            "offer %s cancelled: %s units of %s unlocked for %s%ntx %s%n",
                            r.offerId(), r.unlocked(), r.series(), r.seller(), r.txId()));
        }
    }

    @Command(name = "coupon", description = "Open a coupon period with a record date (issuer); prints the period id.")
    static final class CouponCmd extends CliCommand {
        @Parameters(paramLabel = "SERIES")
        String series;

        @Option(names = "--record-date", required = true, paramLabel = "D")
        String recordDate;

        @Override
        void run(Session s) {
            series(series);
            Parse.date(recordDate, "--record-date");
            CouponOpenResult r = bonds(s).coupon(series, recordDate);
            var c = r.coupon();
            s.print(
                    r,
                    () -> s.out.printf(
                            "coupon period %s of %s: record date %s, accrual %s to %s, %s%% %s"
                                    + " (fraction %s)%ntx %s%n",
                            r.period(),
                            c.series(),
                            c.recordDate(),
                            c.accrualStart(),
                            c.accrualEnd(),
                            c.rate(),
                            c.dayCount().label(),
                            c.fractionDecimal(),
                            r.txId()));
        }
    }

    @Command(
            name = "claim",
            description = "Claim your coupon for a period, once: holding at the record date x face x rate x fraction.")
    static final class ClaimCmd extends CliCommand {
        @Parameters(paramLabel = "SERIES")
        String series;

        @Option(names = "--period", required = true, paramLabel = "P")
        String period;

        @Option(names = "--account", required = true, paramLabel = "A")
        String account;

        @Override
        void run(Session s) {
            series(series);
            AccountId.parse(account, "--account");
            Claim r = bonds(s).claim(series, period, account);
            s.print(
                    r,
                    () -> s.out.printf(
                            "%s claimed %s %s: %s units at the record date, paid by %s%ntx %s%n",
                            r.account(), r.amount(), r.currency(), r.unitsAtRecordDate(), r.payer(), r.txId()));
        }
    }

    @Command(name = "redeem", description = "At or after maturity: principal units x face to you, your units burned.")
    static final class Redeem extends CliCommand {
        @Parameters(paramLabel = "SERIES")
        String series;

        @Option(names = "--account", required = true, paramLabel = "A")
        String account;

        @Override
        void run(Session s) {
            series(series);
            AccountId.parse(account, "--account");
            BondRedeemResult r = bonds(s).redeem(series, account);
            s.print(
                    r,
                    () -> s.out.printf(
                            "%s redeemed %s units of %s for %s%ntx %s%n",
                            r.account(), r.units(), r.series(), r.principal(), r.txId()));
        }
    }

    @Command(
            name = "tender",
            description = "Consent to sell up to U units back to the issuer at no less than --min-price.")
    static final class TenderCmd extends CliCommand {
        @Parameters(paramLabel = "SERIES")
        String series;

        @Option(names = "--account", required = true, paramLabel = "A")
        String account;

        @Option(names = "--units", required = true, paramLabel = "U")
        String units;

        @Option(names = "--min-price", required = true, paramLabel = "AMT")
        String minPrice;

        @Override
        void run(Session s) {
            series(series);
            AccountId.parse(account, "--account");
            String u = units(units, "--units");
            String p = price(minPrice, "--min-price");
            TenderResult r = bonds(s).tender(series, account, u, p);
            s.print(
                    r,
                    () -> s.out.printf(
                            "%s tenders up to %s units of %s at %s or more%ntx %s%n",
                            r.tender().account(),
                            r.tender().units(),
                            r.tender().series(),
                            r.tender().minPrice(),
                            r.txId()));
        }
    }

    @Command(name = "buyback", description = "Buy back tendered units (issuer); they are burned.")
    static final class Buyback extends CliCommand {
        @Parameters(paramLabel = "SERIES")
        String series;

        @Option(names = "--from", required = true, paramLabel = "A")
        String from;

        @Option(names = "--units", required = true, paramLabel = "U")
        String units;

        @Option(names = "--price", required = true, paramLabel = "AMT")
        String price;

        @Override
        void run(Session s) {
            series(series);
            AccountId.parse(from, "--from");
            String u = units(units, "--units");
            String p = price(price, "--price");
            BuybackResult r = bonds(s).buyback(series, from, u, p);
            s.print(
                    r,
                    () -> s.out.printf(
                            "bought back %s units of %s from %s at %s for %s; outstanding %s%ntx %s%n",
                            r.units(), r.series(), r.account(), r.price(), r.cash(), r.outstanding(), r.txId()));
        }
    }

    @Command(
            name = "disburse",
            description = "Pay out of a series' earmarked proceeds (issuer), for a use its program allows.")
    static final class Disburse extends CliCommand {
        @Parameters(paramLabel = "SERIES")
        String series;

        @Option(names = "--to", required = true, paramLabel = "ACCOUNT")
        String to;

        @Option(names = "--amount", required = true, paramLabel = "X")
        String amount;

        @Option(names = "--use", required = true, paramLabel = "USE", description = "one of the program's tags")
        String use;

        @Option(
                names = "--reference",
                required = true,
                paramLabel = "REF",
                description = "contract, invoice or budget line, 1-128 characters")
        String reference;

        @Override
        void run(Session s) {
            series(series);
            AccountId.parse(to, "--to");
            String x = price(amount, "--amount");
            if (reference.isBlank() || reference.strip().length() > Disbursement.MAX_REFERENCE) {
                throw new UsageException("--reference must be 1-" + Disbursement.MAX_REFERENCE + " characters");
            }
            DisburseResult r = bonds(s).disburse(series, to, x, use, reference);
            Disbursement d = r.disbursement();
            s.print(
                    r,
                    () -> s.out.printf(
                            "disbursed %s of %s proceeds to %s for %s (ref %s); unspent %s%ntx %s%n",
                            d.amount(),
                            d.series(),
                            d.to(),
                            d.use(),
                            d.reference(),
                            r.proceeds().unspent(),
                            r.txId()));
        }
    }

    @Command(name = "disbursements", description = "The payments out of a series' proceeds, oldest first.")
    static final class Disbursements extends CliCommand {
        @Parameters(paramLabel = "SERIES")
        String series;

        @Override
        void run(Session s) {
            series(series);
            List<Disbursement> all = bonds(s).disbursements(series);
            s.print(Map.of("disbursements", all), () -> {
                Table t = new Table("AT", "USE", "AMOUNT", "TO", "REFERENCE", "TX");
                all.forEach(d -> t.row(d.at(), d.use(), d.amount(), d.to(), d.reference(), d.txId()));
                t.print(s.out);
            });
        }
    }

    @Command(
            name = "show",
            description = "A series' terms, the rate in force, issued and outstanding units, and its proceeds.")
    static final class Show extends CliCommand {
        @Parameters(paramLabel = "SERIES")
        String series;

        @Override
        void run(Session s) {
            series(series);
            SeriesView v = bonds(s).show(series);
            s.print(v, () -> {
                s.out.printf("%s  issuer %s (pays from %s)%n", v.series(), v.issuer(), v.payingAccount());
                s.out.printf(
                        "  %s face %s, %s coupon %s%% (initial %s%%), %d/yr, %s%n",
                        v.currency(),
                        v.face(),
                        v.couponType(),
                        v.couponRate(),
                        v.initialRate(),
                        v.frequency(),
                        v.dayCount());
                s.out.printf(
                        "  %s to %s; program %s, use of proceeds %s%n",
                        v.issueDate(),
                        v.maturity(),
                        v.program() == null ? "-" : v.program(),
                        v.useOfProceeds() == null ? "-" : v.useOfProceeds());
                s.out.printf(
                        "  authorized %s, issued %s, outstanding %s; minimum holding %s%n",
                        v.authorized(), v.issued(), v.outstanding(), v.minDenomination());
                Proceeds p = v.proceeds();
                s.out.printf(
                        "  proceeds %s: raised %s, disbursed %s, unspent %s%n",
                        p.account(), p.raised(), p.raised().minus(p.unspent()), p.unspent());
                p.disbursed().forEach((use, amount) -> s.out.printf("    %-24s %s%n", use, amount));
                if (v.tranche() != null) {
                    s.out.printf("  tranche: %s%n", v.tranche().reason());
                }
            });
        }
    }

    @Command(
            name = "holdings",
            description = "Holdings: of a series and/or an account (your own, or all you may read).")
    static final class Holdings extends CliCommand {
        @Parameters(paramLabel = "SERIES", arity = "0..1")
        String series;

        @Option(names = "--account", paramLabel = "A")
        String account;

        @Override
        void run(Session s) {
            if (series != null) {
                series(series);
            }
            if (account != null) {
                AccountId.parse(account, "--account");
            }
            List<Holding> holdings = bonds(s).holdings(series, account);
            if (series != null && account != null) {
                Holding h = holdings.get(0);
                s.print(
                        h,
                        () -> s.out.printf(
                                "%s  %s  units %s, locked %s%n", h.series(), h.account(), h.units(), h.locked()));
                return;
            }
            s.print(Map.of("holdings", holdings), () -> {
                Table t = new Table("SERIES", "ACCOUNT", "UNITS", "LOCKED");
                holdings.forEach(h -> t.row(h.series(), h.account(), h.units(), h.locked()));
                t.print(s.out);
            });
        }
    }

    @Command(
            name = "rates",
            description = "Coupon rate history with the data behind each reset, and the next-tranche signal.")
    static final class Rates extends CliCommand {
        @Parameters(paramLabel = "SERIES")
        String series;

        @Override
        void run(Session s) {
            series(series);
            SeriesRates r = bonds(s).rates(series);
            if (s.json()) {
                JsonObject o = Session.object(r);
                if (!o.has("signal")) {
                    o.add("signal", JsonNull.INSTANCE); // docs/CLI.md: EXPORT, IMPORT or null, always present
                }
                s.out.println(new GsonBuilder()
                        .serializeNulls()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(o));
                s.out.flush();
                return;
            }
            s.out.printf(
                    "%s %s: rate %s%% (initial %s%%, floor %s, cap %s)%n",
                    r.series(),
                    r.couponType(),
                    r.couponRate(),
                    r.initialRate(),
                    r.rateFloor() == null ? "-" : r.rateFloor(),
                    r.rateCap() == null ? "-" : r.rateCap());
            s.out.println("rule: " + r.indexRule());
            if (r.sectorLink() != null) {
                s.out.printf(
                        "follows %s of %s: %s%% at link (%s), base %s%%%n",
                        r.sectorLink().kind(),
                        r.sectorLink().sector(),
                        r.sectorLink().valueAtLink().toPlainString(),
                        r.sectorLink().linkMonth(),
                        r.sectorLink().baseRate().toPlainString());
            }
            if (r.tranche() != null) {
                s.out.println("tranche: " + r.tranche().reason());
            }
            Table t = new Table("PERIOD", "RATE", "RULE", "6M AVG", "REASON", "PARAMETERS");
            for (RateReset x : r.resets()) {
                t.row(x.period(), x.rate(), x.rule(), x.average6(), x.reason(), citation(x));
            }
            t.print(s.out);
            for (TradeSignal g : r.signals()) {
                s.out.println(TradeCommands.signalLine(g));
            }
            s.out.printf(
                    "signal at %s: %s (3m avg %s, 6m avg %s)%n",
                    r.signalMonth() == null ? "-" : r.signalMonth(),
                    r.signal() == null
                            ? "none"
                            : r.signal()
                                    + (r.signal().name().equals("EXPORT")
                                            ? ": next tranche a low-coupon export bond"
                                            : ": next tranche a higher-coupon import bond"),
                    r.average3() == null ? "-" : r.average3(),
                    r.average6() == null ? "-" : r.average6());
            s.out.flush();
        }
    }

    /** The parameter values a reset used, {@code name=value} in name order. */
    static String citation(RateReset x) {
        StringBuilder b = new StringBuilder();
        x.parameters().forEach((k, v) -> b.append(b.length() == 0 ? "" : " ")
                .append(k)
                .append('=')
                .append(v.toPlainString()));
        return b.length() == 0 ? "-" : b.toString();
    }

    @Command(
            name = "tranche",
            description = "Create a tranche (TREASURY) inside the window a crossover signal opened; the signal sets"
                    + " the coupon.")
    static final class TrancheCmd extends CliCommand {
        @Parameters(paramLabel = "SERIES")
        String series;

        @Option(names = "--signal", required = true, paramLabel = "MONTH", description = "the signal's month, YYYY-MM")
        String signal;

        @Option(names = "--program", required = true, paramLabel = "TRADE_EXPORT|TRADE_IMPORT")
        String program;

        @Option(names = "--use-of-proceeds", required = true, paramLabel = "TAG")
        String useOfProceeds;

        @Option(names = "--currency", required = true, paramLabel = "C")
        String currency;

        @Option(names = "--face", required = true, paramLabel = "AMT")
        String face;

        @Option(names = "--coupon", defaultValue = "FIXED", paramLabel = "FIXED|INDEXED")
        String coupon;

        @Option(names = "--frequency", required = true, paramLabel = "N")
        int frequency;

        @Mixin
        Schedule schedule;

        @Option(names = "--rate-cap", paramLabel = "RATE", description = "INDEXED: highest rate, percent")
        String rateCap;

        @Override
        void run(Session s) {
            series(series);
            Parse.month(signal, "--signal");
            if (!List.of("TRADE_EXPORT", "TRADE_IMPORT").contains(program)) {
                throw new UsageException("--program '" + program + "' is not TRADE_EXPORT or TRADE_IMPORT");
            }
            Amount.positive(face, Currencies.require(currency), "--face");
            String type = coupon.toUpperCase(Locale.ROOT);
            if (!List.of("FIXED", "INDEXED").contains(type)) {
                throw new UsageException(
                        "--coupon '" + coupon + "' is not FIXED or INDEXED (the signal sets the rate)");
            }
            schedule.check();
            if (rateCap != null) {
                Parse.percent(rateCap, "--rate-cap");
            }
            TrancheResult r = bonds(s).tranche(
                            new SeriesTerms(
                                    series,
                                    currency,
                                    face,
                                    type,
                                    null,
                                    frequency,
                                    schedule.issueDate,
                                    schedule.maturity,
                                    schedule.dayCount,
                                    schedule.authorized,
                                    program,
                                    useOfProceeds,
                                    rateCap),
                            signal);
            s.print(r, () -> {
                s.out.printf(
                        "created tranche %s: %s %s %s%%, %s/%s%n",
                        r.series().seriesId(),
                        r.series().currency(),
                        r.series().couponType(),
                        r.series().couponRate(),
                        r.series().program(),
                        r.series().useOfProceeds());
                s.out.println("  " + r.tranche().reason());
                s.out.println("tx " + r.txId());
            });
        }
    }

    @Command(
            name = "link-index",
            description = "Link an INDEXED series to a sector index (issuer): its coupon follows base - sensitivity x"
                    + " (value - value at link).")
    static final class LinkIndex extends CliCommand {
        @Parameters(paramLabel = "SERIES")
        String series;

        @Option(names = "--kind", required = true, paramLabel = "MARKET_SHARE|IMPORT_GROWTH")
        IndexKind kind;

        @Option(names = "--sector", required = true, paramLabel = "SECTOR")
        String sector;

        @Override
        void run(Session s) {
            series(series);
            SectorLink l = bonds(s).linkIndex(series, kind, sector);
            s.print(l, () -> {
                s.out.printf(
                        "%s follows %s of %s: %s%% at link (%s), base %s%%%n",
                        l.series(),
                        l.kind(),
                        l.sector(),
                        l.valueAtLink().toPlainString(),
                        l.linkMonth(),
                        l.baseRate().toPlainString());
                s.out.println("tx " + l.txId());
            });
        }
    }
}
