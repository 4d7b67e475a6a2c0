package io.bondbridge.client.bond;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.bond.BondRedeemResult;
import io.bondbridge.api.bond.BondTransferResult;
import io.bondbridge.api.bond.BuybackResult;
import io.bondbridge.api.bond.Claim;
import io.bondbridge.api.bond.Holding;
import io.bondbridge.api.bond.IssueResult;
import io.bondbridge.api.bond.OfferAcceptResult;
import io.bondbridge.api.bond.OfferCancelResult;
import io.bondbridge.api.bond.OfferResult;
import io.bondbridge.api.bond.SeriesCreated;
import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.bond.SeriesView;
import io.bondbridge.client.transport.BondBridgeException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BondsTest extends BondFixture {
    static final String S = "CGB-2026-01";
    /** The series' earmarked proceeds account: issue cash lands here. */
    static final String PROCEEDS = "centralbank:proceeds." + S;

    @Nested
    class Create {
        @Test
        void createsASeriesWhoseIssuerIsTheTreasuryThatCreatedIt() {
            SeriesCreated c = create(fixed(S));
            assertThat(c.series().issuer()).isEqualTo("CentralBankMSP");
            assertThat(c.series().payingAccount()).isEqualTo("CentralBankMSP:main");
            SeriesView v = bonds("bankb").show(S);
            assertThat(v.couponRate()).isEqualByComparingTo("2.50");
            assertThat(v.authorized().toPlainString()).isEqualTo("10000.00");
            assertThat(v.outstanding().toPlainString()).isEqualTo("0.00");
            assertThat(v.dayCount()).isEqualTo("ACT/365F");
        }

        @Test
        void onlyTreasuryCreatesSeries() {
            assertRejected(ErrorCode.FORBIDDEN, "BankAMSP may not create bond series: needs role TREASURY", () -> bonds(
                            "banka")
                    .create(fixed(S)));
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "HKCentralBankMSP may not create bond series: needs role TREASURY",
                    () -> bonds("hkcentralbank").create(fixed(S)));
        }

        @Test
        void rejectsAUseOfProceedsTagOutsideTheProgram() {
            SeriesTerms export = with(fixed(S), "FIXED", "2.50", "TRADE_EXPORT", "CHIP_EQUIPMENT");
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "use-of-proceeds CHIP_EQUIPMENT is not allowed for TRADE_EXPORT",
                    () -> bonds("centralbank").create(export));
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "use-of-proceeds (none) is not allowed for TRADE_EXPORT",
                    () -> bonds("centralbank").create(with(fixed(S), "FIXED", "2.50", "TRADE_EXPORT", null)));
            create(with(fixed(S), "FIXED", "2.50", "TRADE_EXPORT", "PHOTOVOLTAICS"));
            assertThat(bonds("banka").show(S).useOfProceeds()).isEqualTo("PHOTOVOLTAICS");
        }

        @Test
        void ultraLongSeriesRunTwentyThirtyOrFiftyYears() {
            SeriesTerms twentyFive = ultraLong("ULB-25", "2051-01-01");
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "ULTRA_LONG series run [20, 30, 50] years; 2026-01-01 to 2051-01-01 is not one of them",
                    () -> bonds("centralbank").create(twentyFive));
            create(ultraLong("ULB-30", "2056-01-01"));
            assertThat(bonds("banka").show("ULB-30").maturity()).hasToString("2056-01-01");
        }

        @Test
        void rejectsMalformedTermsAndASecondSeriesWithTheSameId() {
            create(fixed(S));
            assertRejected(ErrorCode.ALREADY_EXISTS, () -> bonds("centralbank").create(fixed(S)));
            assertRejected(ErrorCode.INVALID_ARGUMENT, "coupon frequency 3 is not one of", () -> bonds("centralbank")
                    .create(terms("X-1").frequency(3).build()));
            assertRejected(ErrorCode.INVALID_ARGUMENT, "day count 'ACT/999' is not one of", () -> bonds("centralbank")
                    .create(terms("X-1").dayCount("ACT/999").build()));
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT, "authorized units '10.001' has more than 2 decimal places", () -> bonds(
                                    "centralbank")
                            .create(terms("X-1").authorized("10.001").build()));
        }
    }

    @Nested
    class Issue {
        @BeforeEach
        void series() {
            create(fixed(S));
        }

        @Test
        void deliveryVersusPaymentMovesUnitsToTheBuyerAndStableUnitsToTheSeriesProceedsAccount() {
            IssueResult r = subscribeAndIssue(S, "banka", "banka:main", "1000.50", "99.50");
            // 1000.50 x 99.50 = 99549.75
            assertThat(r.cash().toPlainString()).isEqualTo("99549.75");
            assertThat(cny("banka:main")).isEqualTo("900450.25");
            assertThat(cny(PROCEEDS)).isEqualTo("99549.75"); // earmarked, not the issuer's main account
            assertThat(cny("centralbank:main")).isEqualTo(FUNDS);
            assertThat(units(S, "banka:main")).isEqualTo("1000.50");
            assertThat(bonds("regulator").show(S).outstanding().toPlainString()).isEqualTo("1000.50");
        }

        @Test
        void dvpWithInsufficientStableUnitsMovesNothing() {
            // 10,000 units x 100.01 = 1,000,100.00 > the 1,000,000.00 Bank A holds
            bonds("banka").subscribe(S, "banka:main", "2000000.00");
            tick();
            BondBridgeException e = assertRejected(
                    ErrorCode.INSUFFICIENT_FUNDS, () -> bonds("centralbank").issue(S, "banka:main", "10000", "100.01"));
            assertThat(e.getMessage()).contains("1000000.00").contains("1000100.00");
            assertThat(cny("banka:main")).isEqualTo(FUNDS);
            assertThat(bonds("regulator")
                            .holdings(S, "banka:main")
                            .get(0)
                            .units()
                            .isZero())
                    .isTrue();
            assertThat(bonds("regulator").show(S).outstanding().isZero()).isTrue();
        }

        @Test
        void theAuthorizedAmountCanNeverBeExceeded() {
            subscribeAndIssue(S, "banka", "banka:main", "6000", "1.00");
            bonds("bankb").subscribe(S, "bankb:main", "100000.00");
            tick();
            BondBridgeException e = assertRejected(
                    ErrorCode.LIMIT_EXCEEDED, () -> bonds("centralbank").issue(S, "bankb:main", "4000.01", "1.00"));
            assertThat(e.getMessage()).contains("10000.01").contains("10000.00");
            bonds("centralbank").issue(S, "bankb:main", "4000", "1.00"); // exactly up to the limit
            tick();
            assertRejected(ErrorCode.LIMIT_EXCEEDED, "above the authorized 10000.00", () -> bonds("centralbank")
                    .issue(S, "bankb:main", "0.01", "1.00"));
            assertThat(bonds("regulator").show(S).issued().toPlainString()).isEqualTo("10000.00");
        }

        @Test
        void needsTheBuyersSubscriptionAndStaysWithinIt() {
            assertRejected(
                    ErrorCode.FORBIDDEN, "BankAMSP:main has not subscribed to CGB-2026-01", () -> bonds("centralbank")
                            .issue(S, "banka:main", "1", "100.00"));
            bonds("banka").subscribe(S, "banka:main", "150.00");
            tick();
            assertRejected(
                    ErrorCode.LIMIT_EXCEEDED,
                    "above what BankAMSP:main subscribed for (150.00 remaining)",
                    () -> bonds("centralbank").issue(S, "banka:main", "2", "100.00"));
            bonds("centralbank").issue(S, "banka:main", "1", "100.00");
            tick();
            assertRejected(
                    ErrorCode.LIMIT_EXCEEDED,
                    "above what BankAMSP:main subscribed for (50.00 remaining)",
                    () -> bonds("centralbank").issue(S, "banka:main", "1", "100.00"));
            assertRejected(ErrorCode.FORBIDDEN, "BankAMSP may not act on account BankBMSP:main", () -> bonds("banka")
                    .subscribe(S, "bankb:main", "1.00"));
        }

        @Test
        void onlyTheSeriesIssuerIssues() {
            bonds("banka").subscribe(S, "banka:main", "150.00");
            tick();
            assertRejected(ErrorCode.FORBIDDEN, "BankAMSP may not issue: needs role TREASURY", () -> bonds("banka")
                    .issue(S, "banka:main", "1", "100.00"));
            addTreasury(OTHER_TREASURY);
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    OTHER_TREASURY + " may not issue CGB-2026-01: its issuer is CentralBankMSP",
                    () -> bonds(OTHER_TREASURY).issue(S, "banka:main", "1", "100.00"));
        }

        @Test
        void cashForUnitsIsRoundedHalfEvenToTheMinorUnit() {
            // 0.50 x 100.01 = 50.005 -> 50.00 (tie to even); 1.50 x 100.01 = 150.015 -> 150.02
            assertThat(subscribeAndIssue(S, "banka", "banka:main", "0.50", "100.01")
                            .cash()
                            .toPlainString())
                    .isEqualTo("50.00");
            assertThat(subscribeAndIssue(S, "bankb", "bankb:main", "1.50", "100.01")
                            .cash()
                            .toPlainString())
                    .isEqualTo("150.02");
        }
    }

    @Nested
    class Transfer {
        @BeforeEach
        void issued() {
            create(fixed(S));
            subscribeAndIssue(S, "banka", "banka:main", "100", "100.00");
        }

        @Test
        void movesFreeUnitsBetweenEligibleAccounts() {
            BondTransferResult t = bonds("banka").transfer(S, "banka:main", "bankb:main", "0.01");
            assertThat(t.fromUnits().toPlainString()).isEqualTo("99.99");
            assertThat(t.toUnits().toPlainString()).isEqualTo("0.01");
        }

        @Test
        void rejectsWhatTheRulesForbidAndChangesNothing() {
            assertRejected(ErrorCode.INSUFFICIENT_FUNDS, () -> bonds("banka")
                    .transfer(S, "banka:main", "bankb:main", "100.01"));
            assertRejected(ErrorCode.FORBIDDEN, "BankBMSP may not act on account BankAMSP:main", () -> bonds("bankb")
                    .transfer(S, "banka:main", "bankb:main", "1"));
            assertRejected(ErrorCode.FORBIDDEN, "account RegulatorMSP:main may not hold bonds", () -> bonds("banka")
                    .transfer(S, "banka:main", "regulator:main", "1"));
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT, "units '0.001' has more than 2 decimal places", () -> bonds("banka")
                            .transfer(S, "banka:main", "bankb:main", "0.001"));
            as("regulator").governance().freeze("bankb:main", "order", "ORD-1");
            tick();
            assertRejected(ErrorCode.FROZEN, () -> bonds("banka").transfer(S, "banka:main", "bankb:main", "1"));
        }
    }

    @Nested
    class OfferTrades {
        @BeforeEach
        void issued() {
            create(fixed(S));
            subscribeAndIssue(S, "banka", "banka:main", "100", "100.00");
        }

        @Test
        void acceptIsDeliveryVersusPayment() {
            OfferResult o = bonds("banka").offer(S, "banka:main", "40", "101.25", null);
            tick();
            Holding locked = bonds("banka").holdings(S, "banka:main").get(0);
            assertThat(locked.units().toPlainString()).isEqualTo("60.00");
            assertThat(locked.locked().toPlainString()).isEqualTo("40.00");
            OfferAcceptResult a = bonds("bankb").accept(o.offerId(), "bankb:main");
            // 40 x 101.25 = 4050.00
            assertThat(a.cash().toPlainString()).isEqualTo("4050.00");
            assertThat(cny("bankb:main")).isEqualTo("995950.00");
            assertThat(cny("banka:main")).isEqualTo("994050.00"); // 1,000,000 - 10,000 (issue) + 4,050
            assertThat(units(S, "bankb:main")).isEqualTo("40.00");
            assertThat(bonds("banka").holdings(S, "banka:main").get(0).locked().isZero())
                    .isTrue();
            assertRejected(ErrorCode.INVALID_ARGUMENT, "is ACCEPTED, not OPEN", () -> bonds("bankb")
                    .accept(o.offerId(), "bankb:main"));
        }

        @Test
        void aFundedBuyersCashRowVouchesForItsAccountAndAFrozenBuyerIsRefusedWithNothingMoved() {
            String id =
                    bonds("banka").offer(S, "banka:main", "10", "100.00", null).offerId();
            tick();
            var accept = ledger.simulate(
                    ledger.propose("BankBMSP", "bond", "accept", List.of(id, "bankb:main"), Map.of(), now));
            assertThat(accept.ok()).as(accept.message()).isTrue();
            // bankb:main holds CNY (marked active): the accept reads its balance row, not its account row.
            assertThat(accept.pointReads()).noneMatch(k -> k.contains("gov.account"));

            as("regulator").governance().freeze("bankb:main", "order", null);
            tick();
            BondBridgeException e =
                    assertRejected(ErrorCode.FROZEN, () -> bonds("bankb").accept(id, "bankb:main"));
            assertThat(e.getMessage()).contains("cannot receive");
            assertThat(cny("bankb:main")).isEqualTo(FUNDS);
            assertThat(bonds("banka").holdings(S, "banka:main").get(0).locked().toPlainString())
                    .isEqualTo("10.00");
        }

        @Test
        void acceptWithoutTheStableUnitsMovesNothing() {
            String id = bonds("banka")
                    .offer(S, "banka:main", "100", "10000.01", null)
                    .offerId();
            tick();
            assertRejected(ErrorCode.INSUFFICIENT_FUNDS, () -> bonds("bankb").accept(id, "bankb:main"));
        }

        @Test
        void anExpiredOfferCannotBeAcceptedAndAnyoneMayCancelItToUnlockTheUnits() {
            Instant expires = now.plusSeconds(3600);
            String id = bonds("banka")
                    .offer(S, "banka:main", "30", "100.00", expires)
                    .offerId();
            tick();
            assertRejected(ErrorCode.FORBIDDEN, "of BankAMSP:main before it expires", () -> bonds("bankb")
                    .cancel(id));
            now = expires;
            BondBridgeException e =
                    assertRejected(ErrorCode.EXPIRED, () -> bonds("bankb").accept(id, "bankb:main"));
            assertThat(e.getMessage()).contains(expires.toString());
            OfferCancelResult c = bonds("bankb").cancel(id);
            tick();
            assertThat(c.unlocked().toPlainString()).isEqualTo("30.00");
            Holding h = bonds("banka").holdings(S, "banka:main").get(0);
            assertThat(h.units().toPlainString()).isEqualTo("100.00");
            assertThat(h.locked().isZero()).isTrue();
            bonds("banka").transfer(S, "banka:main", "bankb:main", "100"); // the unlocked units are usable again
        }

        @Test
        void lockedUnitsCannotBeTransferredAndTheSellerCancelsAnyTime() {
            String id =
                    bonds("banka").offer(S, "banka:main", "80", "100.00", null).offerId();
            tick();
            assertRejected(ErrorCode.INSUFFICIENT_FUNDS, () -> bonds("banka")
                    .transfer(S, "banka:main", "bankb:main", "20.01"));
            bonds("banka").cancel(id);
            tick();
            assertThat(units(S, "banka:main")).isEqualTo("100.00");
        }
    }

    /**
     * Conservation (docs/DOMAIN.md section 2, fixed): under seeded random sequences of issue, transfer, offer, accept, cancel,
     * tender and buyback, after every step the holdings' units + locked sum to outstanding, outstanding equals what
     * the test itself counted from the accepted issues and buybacks, and the CNY stable units in all accounts are
     * unchanged (DvP only moves them).
     *
     * <p>About four steps in five are built to succeed (units the seller holds free, a counterparty other than
     * itself, the seller cancelling); the rest are built to break one rule each, so conservation is also checked
     * after rejections. Each step must end as it was built to, and most must succeed: a run in which every step
     * was rejected would prove nothing.
     */
    @Nested
    class Conservation {
        static final List<String> ACCOUNTS = List.of("banka:main", "bankb:main", "banka:ops", "bankb:ops");
        static final int STEPS = 60;

        enum Kind {
            ISSUE,
            TRANSFER,
            OFFER,
            ACCEPT,
            CANCEL,
            BUYBACK
        }

        record OpenOffer(String id, String seller) {}

        private final Map<Kind, Integer> succeeded = new EnumMap<>(Kind.class);
        private int rejected;

        @Test
        void holdingsPlusLockedEqualOutstandingUnderRandomSequences() {
            as("banka").governance().openAccount("ops");
            as("bankb").governance().openAccount("ops");
            tick();
            for (String a : List.of("banka:ops", "bankb:ops")) {
                as("centralbank").stableUnits().mint("CNY", a, FUNDS); // every account can buy
                tick();
            }
            create(fixed(S));
            for (String a : ACCOUNTS) {
                bonds(org(a)).subscribe(S, a, "500000.00");
                bonds(org(a)).tender(S, a, "10000", "0.01");
                tick();
            }
            BigDecimal totalCny = totalCny();
            for (long seed : new long[] {1, 7, 42}) {
                int ok = run(new Random(seed), totalCny);
                assertThat(ok)
                        .as("steps of %d that succeeded with seed %d", STEPS, seed)
                        .isGreaterThanOrEqualTo(STEPS / 2);
            }
            assertThat(succeeded).as("successful steps per kind, all seeds").containsOnlyKeys(Kind.values());
            assertThat(rejected).as("rejected steps, all seeds").isPositive();
        }

        /** Runs {@link #STEPS} random steps; returns how many succeeded. */
        private int run(Random random, BigDecimal totalCny) {
            BigDecimal expected = outstanding();
            List<OpenOffer> openOffers = new ArrayList<>();
            int ok = 0;
            for (int step = 0; step < STEPS; step++) {
                Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
                if ((kind == Kind.ACCEPT || kind == Kind.CANCEL) && openOffers.isEmpty()) {
                    kind = Kind.OFFER;
                }
                boolean valid = random.nextInt(5) > 0;
                List<String> holders =
                        ACCOUNTS.stream().filter(x -> free(x).signum() > 0).toList();
                if (valid && holders.isEmpty() && sells(kind)) {
                    kind = Kind.ISSUE;
                }
                // a valid step's seller holds free units; an invalid one's may not
                String a = valid && sells(kind) ? pick(random, holders) : pick(random, ACCOUNTS);
                String b =
                        pick(random, ACCOUNTS.stream().filter(x -> !x.equals(a)).toList());
                String units = !sells(kind) ? null : valid ? upTo(random, free(a)) : over(free(a));
                OpenOffer offer = openOffers.isEmpty() ? null : openOffers.get(random.nextInt(openOffers.size()));
                try {
                    switch (kind) {
                        case ISSUE -> {
                            // invalid: 6000 x 99.50 is more than the 500,000.00 subscribed
                            String issued = valid ? upTo(random, new BigDecimal("300")) : "6000";
                            bonds("centralbank").issue(S, a, issued, "99.50");
                            expected = expected.add(new BigDecimal(issued));
                        }
                        // invalid (TRANSFER, OFFER, BUYBACK): more than the free units
                        case TRANSFER -> bonds(org(a)).transfer(S, a, b, units);
                        case OFFER ->
                            openOffers.add(new OpenOffer(
                                    bonds(org(a))
                                            .offer(S, a, units, "100.10", null)
                                            .offerId(),
                                    a));
                        case ACCEPT -> {
                            // invalid: the seller accepts its own offer
                            String buyer = valid
                                    ? pick(
                                            random,
                                            ACCOUNTS.stream()
                                                    .filter(x -> !x.equals(offer.seller()))
                                                    .toList())
                                    : offer.seller();
                            bonds(org(buyer)).accept(offer.id(), buyer);
                            openOffers.remove(offer);
                        }
                        case CANCEL -> {
                            // invalid: the other bank cancels an offer that has not expired
                            String seller = org(offer.seller());
                            bonds(valid ? seller : seller.equals("banka") ? "bankb" : "banka")
                                    .cancel(offer.id());
                            openOffers.remove(offer);
                        }
                        case BUYBACK -> {
                            bonds("centralbank").buyback(S, a, units, "100.00");
                            expected = expected.subtract(new BigDecimal(units));
                        }
                    }
                    assertThat(valid)
                            .as("step %d, %s built to break a rule, succeeded", step, kind)
                            .isTrue();
                    succeeded.merge(kind, 1, Integer::sum);
                    ok++;
                } catch (BondBridgeException e) {
                    // a rejected step must change nothing; the sums below prove it
                    assertThat(valid)
                            .as("step %d, valid %s, was rejected: %s", step, kind, e.getMessage())
                            .isFalse();
                    rejected++;
                }
                tick();
                BigDecimal held = BigDecimal.ZERO;
                for (Holding h : bonds("regulator").holdings(S, null)) {
                    held = held.add(h.total().toBigDecimal());
                }
                assertThat(held).as("units + locked after step %d", step).isEqualByComparingTo(outstanding());
                assertThat(outstanding()).as("outstanding after step %d", step).isEqualByComparingTo(expected);
                assertThat(totalCny()).as("CNY in all accounts").isEqualByComparingTo(totalCny);
                // the running proceeds total is what the proceeds account holds (nothing disbursed here)
                assertThat(bonds("regulator").show(S).proceeds().unspent().toBigDecimal())
                        .as("unspent proceeds after step %d", step)
                        .isEqualByComparingTo(cny(PROCEEDS));
            }
            return ok;
        }

        /** The units {@code account} holds free (not locked in offers). */
        private BigDecimal free(String account) {
            return bonds("regulator").holdings(S, account).get(0).units().toBigDecimal();
        }

        /** 0.01 to {@code max} units, at most 300.00. */
        private static String upTo(Random random, BigDecimal max) {
            int cents = max.min(new BigDecimal("300")).movePointRight(2).intValueExact();
            return BigDecimal.valueOf(1 + random.nextInt(cents), 2).toPlainString();
        }

        /** The kinds where account {@code a} gives up units, so a valid step needs them free. */
        private static boolean sells(Kind kind) {
            return kind == Kind.TRANSFER || kind == Kind.OFFER || kind == Kind.BUYBACK;
        }

        /** 0.01 more than {@code free}. */
        private static String over(BigDecimal free) {
            return free.add(new BigDecimal("0.01")).toPlainString();
        }

        private static String pick(Random random, List<String> accounts) {
            return accounts.get(random.nextInt(accounts.size()));
        }

        private BigDecimal outstanding() {
            return bonds("regulator").show(S).outstanding().toBigDecimal();
        }

        private BigDecimal totalCny() {
            BigDecimal sum = BigDecimal.ZERO;
            for (String a :
                    List.of("banka:main", "bankb:main", "banka:ops", "bankb:ops", "centralbank:main", PROCEEDS)) {
                sum = sum.add(new BigDecimal(cny(a)));
            }
            return sum;
        }

        private static String org(String account) {
            return account.substring(0, account.indexOf(':'));
        }
    }

    @Nested
    class CouponClaims {
        @BeforeEach
        void issued() {
            create(fixed(S));
            subscribeAndIssue(S, "banka", "banka:main", "1000", "100.00");
        }

        /** 1000 units x 100.00 x 2.50% x 181/365 (2026-01-01 to 2026-07-01, ACT/365F) = 1239.7260... -> 1239.73. */
        private static final String BANK_A_COUPON = "1239.73";

        @Test
        void eachHolderClaimsItsEntitlementOnce() {
            at("2026-06-20T09:00:00Z");
            String period = bonds("centralbank").coupon(S, "2026-06-30").period();
            assertThat(period).isEqualTo("2026-07-01");
            at("2026-07-01T09:00:00Z");
            String before = cny("banka:main");
            Claim c = bonds("banka").claim(S, period, "banka:main");
            tick();
            assertThat(c.amount().toPlainString()).isEqualTo(BANK_A_COUPON);
            assertThat(new BigDecimal(cny("banka:main")))
                    .isEqualByComparingTo(new BigDecimal(before).add(new BigDecimal(BANK_A_COUPON)));
            BondBridgeException again = assertRejected(
                    ErrorCode.ALREADY_EXISTS, () -> bonds("banka").claim(S, period, "banka:main"));
            assertThat(again.getMessage()).contains("already claimed");
            assertRejected(ErrorCode.ALREADY_EXISTS, () -> bonds("centralbank").coupon(S, "2026-06-30"));
        }

        @Test
        void entitlementIgnoresTransfersAfterTheRecordDateAndCountsThoseBefore() {
            at("2026-06-30T10:00:00Z");
            bonds("banka").transfer(S, "banka:main", "bankb:main", "250"); // on the record date: counts
            at("2026-06-30T23:59:00Z");
            String period = bonds("centralbank").coupon(S, "2026-06-30").period();
            at("2026-07-01T00:00:00Z");
            bonds("banka").transfer(S, "banka:main", "bankb:main", "500"); // the day after: does not count
            tick();
            bonds("banka").offer(S, "banka:main", "0.01", "1.00", null);
            tick();
            // Bank A: 750 x 100 x 2.5% x 181/365 = 929.794... -> 929.79; Bank B: 250 -> 309.931... -> 309.93
            assertThat(bonds("bankb").claim(S, period, "bankb:main").amount().toPlainString())
                    .isEqualTo("309.93");
            tick();
            assertThat(bonds("banka").claim(S, period, "banka:main").amount().toPlainString())
                    .isEqualTo("929.79");
        }

        @Test
        void aHolderWithNothingAtTheRecordDateHasNothingToClaimAndOnlyTheOwnerClaims() {
            at("2026-06-20T09:00:00Z");
            String period = bonds("centralbank").coupon(S, "2026-06-30").period();
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "record date 2026-06-30 of CGB-2026-01 period 2026-07-01 has not ended",
                    () -> bonds("banka").claim(S, period, "banka:main"));
            at("2026-07-02T00:00:00Z");
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "BankBMSP:main held 0.00 units of CGB-2026-01 at the end of 2026-06-30: no coupon to claim",
                    () -> bonds("bankb").claim(S, period, "bankb:main"));
            assertRejected(ErrorCode.FORBIDDEN, "BankBMSP may not act on account BankAMSP:main", () -> bonds("bankb")
                    .claim(S, period, "banka:main"));
            assertRejected(ErrorCode.NOT_FOUND, () -> bonds("banka").claim(S, "2027-01-01", "banka:main"));
        }

        @Test
        void theSecondPeriodAccruesFromTheFirstCouponDate() {
            at("2026-12-31T12:00:00Z");
            var p = bonds("centralbank").coupon(S, "2026-12-31");
            assertThat(p.period()).isEqualTo("2027-01-01");
            assertThat(p.coupon().accrualStart()).hasToString("2026-07-01");
            // 2026-07-01 to 2027-01-01 = 184 days: 1000 x 100 x 2.5% x 184/365 = 1260.2739... -> 1260.27
            at("2027-01-01T00:00:00Z");
            assertThat(bonds("banka")
                            .claim(S, p.period(), "banka:main")
                            .amount()
                            .toPlainString())
                    .isEqualTo("1260.27");
        }

        @Test
        void zeroCouponSeriesPayNoCouponsAndOnlyTheIssuerOpensPeriods() {
            create(terms("ZCB-1")
                    .coupon("ZERO", null)
                    .frequency(0)
                    .dates("2026-01-01", "2027-01-01")
                    .dayCount("ACT/360")
                    .authorized("100")
                    .build());
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "series ZCB-1 is a ZERO coupon series: it pays no coupons",
                    () -> bonds("centralbank").coupon("ZCB-1", "2026-06-30"));
            assertRejected(ErrorCode.FORBIDDEN, "needs role TREASURY, has [BANK]", () -> bonds("banka")
                    .coupon(S, "2026-06-30"));
            addTreasury(OTHER_TREASURY);
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    OTHER_TREASURY + " may not open a coupon period of CGB-2026-01: its issuer is CentralBankMSP",
                    () -> bonds(OTHER_TREASURY).coupon(S, "2026-06-30"));
        }
    }

    @Nested
    class RedeemAndBuyback {
        @BeforeEach
        void issued() {
            create(terms(S).frequency(1)
                    .dates("2026-01-01", "2027-01-01")
                    .dayCount("30/360")
                    .authorized("1000")
                    .build());
            subscribeAndIssue(S, "banka", "banka:main", "300", "99.00");
        }

        @Test
        void redeemBeforeMaturityIsRejectedNamingTheMaturity() {
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "series CGB-2026-01 matures on 2027-01-01; it cannot be redeemed on 2026-01-05",
                    () -> bonds("banka").redeem(S, "banka:main"));
        }

        @Test
        void atMaturityTheHolderGetsUnitsTimesFaceAndTheUnitsAreBurned() {
            at("2027-01-01T00:00:00Z");
            String before = cny("banka:main");
            BondRedeemResult r = bonds("banka").redeem(S, "banka:main");
            tick();
            assertThat(r.principal().toPlainString()).isEqualTo("30000.00"); // 300 x 100.00
            assertThat(new BigDecimal(cny("banka:main")).subtract(new BigDecimal(before)))
                    .isEqualByComparingTo("30000.00");
            assertThat(bonds("regulator").show(S).outstanding().isZero()).isTrue();
            assertThat(units(S, "banka:main")).isEqualTo("0.00");
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "account BankAMSP:main holds no free units of CGB-2026-01",
                    () -> bonds("banka").redeem(S, "banka:main"));
        }

        @Test
        void buybackNeedsTheHoldersTenderAndItsMinimumPrice() {
            assertRejected(ErrorCode.FORBIDDEN, "BankAMSP:main has not tendered units of CGB-2026-01", () -> bonds(
                            "centralbank")
                    .buyback(S, "banka:main", "100", "101.00"));
            bonds("banka").tender(S, "banka:main", "100", "100.50");
            tick();
            assertRejected(
                    ErrorCode.POLICY_VIOLATION,
                    "buyback price 100.49 is below BankAMSP:main's minimum 100.50",
                    () -> bonds("centralbank").buyback(S, "banka:main", "100", "100.49"));
            assertRejected(
                    ErrorCode.LIMIT_EXCEEDED,
                    "buyback of 100.01 units of CGB-2026-01 from BankAMSP:main exceeds the 100.00 tendered",
                    () -> bonds("centralbank").buyback(S, "banka:main", "100.01", "101.00"));
            BuybackResult b = bonds("centralbank").buyback(S, "banka:main", "100", "101.00");
            tick();
            assertThat(b.cash().toPlainString()).isEqualTo("10100.00");
            assertThat(b.outstanding().toPlainString()).isEqualTo("200.00");
            assertThat(units(S, "banka:main")).isEqualTo("200.00");
            assertRejected(
                    ErrorCode.LIMIT_EXCEEDED,
                    "buyback of 0.01 units of CGB-2026-01 from BankAMSP:main exceeds the 0.00 tendered",
                    () -> bonds("centralbank").buyback(S, "banka:main", "0.01", "101.00"));
        }
    }

    @Test
    void auditHistoryOfABondHoldingListsEveryVersion() {
        create(fixed(S));
        subscribeAndIssue(S, "banka", "banka:main", "10", "100.00");
        bonds("banka").transfer(S, "banka:main", "bankb:main", "4");
        tick();
        var h = as("regulator").audit().history("bond-holding", S + ":banka:main");
        assertThat(h.entries()).hasSize(2);
        assertThat(h.entries().get(1).value().getAsJsonObject().get("units").getAsString())
                .isEqualTo("6.00");
        assertRejected(
                ErrorCode.FORBIDDEN,
                "BankBMSP may not read the history of CGB-2026-01:banka:main",
                () -> as("bankb").audit().history("bond-holding", S + ":banka:main"));
    }

    /** A TREASURY that issued none of the series here. */
    static final String OTHER_TREASURY = "OtherTreasuryMSP";

    /** Registers {@code mspId} as a second TREASURY participant. */
    private void addTreasury(String mspId) {
        as("centralbank")
                .transport()
                .submit(
                        "governance",
                        "addParticipant",
                        "{\"mspId\":\"" + mspId + "\",\"alias\":\"othertreasury\",\"jurisdiction\":\"CN\","
                                + "\"roles\":[\"TREASURY\"]}");
        tick();
    }

    /** An ULTRA_LONG series at 2.19% (the papers' 2024 low) from 2026-01-01 to {@code maturity}. */
    private static SeriesTerms ultraLong(String id, String maturity) {
        return terms(id)
                .coupon("FIXED", "2.19")
                .frequency(1)
                .dates("2026-01-01", maturity)
                .dayCount("ACT/ACT")
                .authorized("1000")
                .program("ULTRA_LONG", "MAJOR_STRATEGIC_PROJECTS")
                .build();
    }
}
