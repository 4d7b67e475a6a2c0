package io.bondbridge.client.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Functions;
import io.bondbridge.api.Json;
import io.bondbridge.api.bond.Holding;
import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.bond.SeriesView;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.payment.CycleClosed;
import io.bondbridge.api.payment.Instruction;
import io.bondbridge.api.payment.NettingReport;
import io.bondbridge.api.payment.SwapLineView;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.api.stable.Balance;
import io.bondbridge.api.stable.Composition;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.embedded.EmbeddedLedger;
import io.bondbridge.client.payment.NettingClient;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.TxResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The ledger's invariants under random sequences of operations across every feature, valid and invalid, by every
 * organization: after each step, stable units are conserved (the balances of a currency sum to its units
 * outstanding) and none is negative; bond units are conserved (holdings + locked = outstanding); after an accepted
 * mint or reserve change the reserve still covers its units as its policy requires; a netting close settles nets
 * that sum to zero and moves no total; a swap line's draws and repayments conserve both currencies (balances plus
 * the line's escrow sum to the units outstanding) and keep its drawn amount within 0..limit; a series' unspent
 * proceeds equal the balance of its earmarked proceeds account after every disbursement; a rejected step wrote nothing and was a coded rule, never an unexpected
 * error. A sequence where most steps are rejected proves little, so at least 15% of each must succeed (about a
 * third do on average; a sequence whose early steps freeze the busy accounts can fall near a fifth).
 *
 * <p>Sequences of {@link #STEPS} steps (-Dbondbridge.invariants.steps), as many as {@code jqwik.tries.default}
 * (junit-platform.properties: 8, so 2,000 operations a run; -Djqwik.tries.default=100 for a long run).
 */
class InvariantsTest {
    static final int STEPS = Integer.getInteger("bondbridge.invariants.steps", 250);
    static final List<String> ORGS = List.of("centralbank", "hkcentralbank", "banka", "bankb", "regulator");
    static final List<String> ACCOUNTS = List.of(
            "banka:main",
            "banka:ops",
            "bankb:main",
            "bankb:ops",
            "centralbank:main",
            "hkcentralbank:main",
            "regulator:main");
    static final List<String> CURRENCIES = List.of("CNY", "HKD");
    static final String SERIES = "CGB-2031";
    /** The issuer's earmarked account that holds the series' issue proceeds until disbursed. */
    static final String PROCEEDS = "centralbank:" + AccountId.EARMARKED + SERIES;
    /** Every account that holds units: the steps' accounts and the proceeds account (which no step pays). */
    static final List<String> HOLDERS = java.util.stream.Stream.concat(
                    ACCOUNTS.stream(), java.util.stream.Stream.of(PROCEEDS))
            .toList();
    /** centralbank lends CNY on it, hkcentralbank draws and escrows HKD at 1.1 HKD per CNY. */
    static final String SWAP_LINE = "SL-1";

    private static final AtomicLong TRIED = new AtomicLong();
    private static final AtomicLong ACCEPTED = new AtomicLong();
    private static final Map<Kind, long[]> BY_KIND = new EnumMap<>(Kind.class);

    enum Kind {
        MINT,
        TRANSFER,
        REDEEM,
        RESERVE_ADD,
        RESERVE_UPDATE,
        RESERVE_REMOVE,
        SUBSCRIBE,
        ISSUE,
        BOND_TRANSFER,
        OFFER,
        ACCEPT,
        CANCEL,
        TENDER,
        BUYBACK,
        PAY,
        CYCLE_OPEN,
        CYCLE_CLOSE,
        FREEZE,
        UNFREEZE,
        SWAP_DRAW,
        SWAP_REPAY,
        DISBURSE
    }

    /**
     * One random operation: what, who ({@code org} 0-1 of 0-9: any organization, mostly the wrong one; else the one
     * the operation's rules call for, so that enough steps pass), and the indices and amount it picks from.
     */
    record Step(Kind kind, int org, int a, int b, int currency, String amount) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> amount = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(
                        6, Arbitraries.integers().between(1, 200_000).map(n -> n + ".00")),
                net.jqwik.api.Tuple.of(
                        3, Arbitraries.integers().between(1, 9_999).map(n -> "0." + n % 100)),
                net.jqwik.api.Tuple.of(
                        1, Arbitraries.longs().between(1_000_000L, 900_000_000L).map(n -> n + ".00")),
                net.jqwik.api.Tuple.of(
                        1, Arbitraries.of("0", "-5.00", "1.001", "abc", "", "1e9", "99999999999999999999")));
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 63),
                        Arbitraries.integers().between(0, 63),
                        Arbitraries.integers().between(0, 9),
                        amount)
                .as(Step::new);
        return step.list().ofSize(STEPS);
    }

    @Property(shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void invariantsHoldAfterEveryStep(@ForAll("steps") List<Step> steps) {
        try (World w = new World()) {
            int accepted = 0;
            for (int i = 0; i < steps.size(); i++) {
                Step s = steps.get(i);
                if (w.apply(s, i)) {
                    accepted++;
                }
            }
            TRIED.addAndGet(steps.size());
            ACCEPTED.addAndGet(accepted);
            assertThat(accepted)
                    .as("accepted steps of %d: a sequence that is mostly rejected proves little", steps.size())
                    .isGreaterThanOrEqualTo(steps.size() * 15 / 100);
        }
    }

    @AfterContainer
    static void report() {
        StringBuilder kinds = new StringBuilder();
        synchronized (BY_KIND) {
            BY_KIND.forEach((k, n) -> kinds.append(String.format(" %s %d/%d", k, n[1], n[0])));
        }
        System.out.printf(
                "invariants: %d random operations, %d accepted, %d rejected; accepted/tried by kind:%s%n",
                TRIED.get(), ACCEPTED.get(), TRIED.get() - ACCEPTED.get(), kinds);
    }

    /** One ledger, its clock, and what the steps created (offers, assets, cycles). */
    static final class World implements AutoCloseable {
        final EmbeddedLedger ledger = EmbeddedLedger.inMemory();
        Instant now = Instant.parse("2026-01-05T09:00:00Z");
        final List<String> offers = new ArrayList<>();
        final List<String> sellers = new ArrayList<>();
        final List<String> tenders = new ArrayList<>();
        final List<String> assets = new ArrayList<>(List.of("CNY-CASH", "HKD-CASH"));
        final List<String> custodians = new ArrayList<>(List.of("centralbank", "hkcentralbank"));
        final List<String> cycles = new ArrayList<>();
        int payments;

        World() {
            submit("centralbank", Functions.Governance.NAME, Functions.Governance.INIT);
            submit("centralbank", Functions.Fx.NAME, Functions.Fx.SET_REFERENCE, "CNY", "0.125");
            submit("hkcentralbank", Functions.Fx.NAME, Functions.Fx.SET_REFERENCE, "HKD", "0.128");
            submit(
                    "centralbank",
                    Functions.Reserve.NAME,
                    Functions.Reserve.ADD_ASSET,
                    cash("CNY-CASH", "CNY", "10000000"));
            submit(
                    "hkcentralbank",
                    Functions.Reserve.NAME,
                    Functions.Reserve.ADD_ASSET,
                    cash("HKD-CASH", "HKD", "10000000"));
            submit("banka", Functions.Governance.NAME, Functions.Governance.OPEN_ACCOUNT, "ops");
            submit("bankb", Functions.Governance.NAME, Functions.Governance.OPEN_ACCOUNT, "ops");
            for (String account : List.of("banka:main", "bankb:main", "centralbank:main")) {
                submit("centralbank", Functions.Stable.NAME, Functions.Stable.MINT, "CNY", account, "1000000.00");
                submit("hkcentralbank", Functions.Stable.NAME, Functions.Stable.MINT, "HKD", account, "1000000.00");
            }
            // the drawer's HKD, which its drawings escrow
            submit(
                    "hkcentralbank",
                    Functions.Stable.NAME,
                    Functions.Stable.MINT,
                    "HKD",
                    "hkcentralbank:main",
                    "1000000.00");
            submit(
                    "centralbank",
                    Functions.Netting.NAME,
                    Functions.Netting.CREATE_SWAP_LINE,
                    SWAP_LINE,
                    "centralbank,hkcentralbank",
                    "CNY,HKD",
                    "500000.00",
                    "1.1000",
                    "3.00",
                    "");
            submit("centralbank", Functions.Corridor.NAME, Functions.Corridor.SET, "CN-HK", "CN,HK", "CNY,HKD", "");
            submit("centralbank", Functions.Bond.NAME, Functions.Bond.CREATE, terms());
            submit("banka", Functions.Bond.NAME, Functions.Bond.SUBSCRIBE, SERIES, "banka:main", "100000.00");
            submit("centralbank", Functions.Bond.NAME, Functions.Bond.ISSUE, SERIES, "banka:main", "500", "100.00");
            submit("centralbank", Functions.Netting.NAME, Functions.Netting.OPEN, "C-0");
            cycles.add("C-0");
            check(null, -1, null);
        }

        /** Runs one step; checks every invariant; whether the ledger accepted it. */
        boolean apply(Step s, int index) {
            String currency = CURRENCIES.get(s.currency() % 2);
            String from = pick(ACCOUNTS, s.a());
            String to = pick(ACCOUNTS, s.b());
            boolean aimed = s.b() % 3 != 0; // two in three accept, offer and buyback steps aim at what can succeed
            if (s.kind() == Kind.ACCEPT && aimed && !offers.isEmpty()) {
                to = pick(sellers, s.a()).equals("banka") ? "bankb:main" : "banka:main";
            }
            if (s.kind() == Kind.BUYBACK && aimed && !tenders.isEmpty()) {
                from = pick(tenders, s.a());
            }
            if (s.kind() == Kind.OFFER && aimed) {
                from = "banka:main"; // the one holder the setup issued to
            }
            String org =
                    s.org() < 2 ? ORGS.get((s.a() + s.b()) % ORGS.size()) : actor(s.kind(), currency, from, to, s.a());
            String amount = s.amount();
            // Bond units take at most 2 places and are smaller than cash amounts.
            String units = amount.endsWith(".00") && amount.length() > 6 ? amount.substring(0, 2) : amount;
            if (aimed && (s.kind() == Kind.BUYBACK || s.kind() == Kind.OFFER)) {
                units = "1.00"; // within any tender or holding, so the rules beyond the amount are what is tried
            }
            Map<String, Long> totalsBefore = s.kind() == Kind.CYCLE_CLOSE ? totals() : null;
            String digest = ledger.stateDigest();
            long height = ledger.height();
            TxResult result = null;
            BondBridgeException rejected = null;
            try {
                result = switch (s.kind()) {
                    case MINT -> submit(org, "stable", "mint", currency, to, amount);
                    case TRANSFER -> submit(org, "stable", "transfer", currency, from, to, amount);
                    case REDEEM -> submit(org, "stable", "redeem", currency, from, amount);
                    case RESERVE_ADD -> {
                        String id = "R-" + index;
                        TxResult r = submit(org, "reserve", "addAsset", cashOrBill(id, currency, amount, s.b()));
                        assets.add(id);
                        custodians.add(org);
                        yield r;
                    }
                    case RESERVE_UPDATE ->
                        submit(org, "reserve", "updateAsset", pick(assets, s.a()), "{\"quantity\":\"" + amount + "\"}");
                    case RESERVE_REMOVE -> submit(org, "reserve", "removeAsset", pick(assets, s.a()));
                    case SUBSCRIBE -> submit(org, "bond", "subscribe", SERIES, from, amount);
                    case ISSUE -> submit(org, "bond", "issue", SERIES, to, units, price(s.b()));
                    case BOND_TRANSFER -> submit(org, "bond", "transfer", SERIES, from, to, units);
                    case OFFER -> {
                        TxResult r = submit(org, "bond", "offer", SERIES, from, units, price(s.b()), "");
                        offers.add(Json.parse(r.payload())
                                .getAsJsonObject()
                                .get("offerId")
                                .getAsString());
                        sellers.add(org);
                        yield r;
                    }
                    case ACCEPT -> submit(org, "bond", "accept", offers.isEmpty() ? "none" : pick(offers, s.a()), to);
                    case CANCEL -> submit(org, "bond", "cancel", offers.isEmpty() ? "none" : pick(offers, s.a()));
                    case TENDER -> {
                        TxResult r = submit(org, "bond", "tender", SERIES, from, units, price(s.b()));
                        tenders.add(from);
                        yield r;
                    }
                    case BUYBACK -> submit(org, "bond", "buyback", SERIES, from, units, price(s.b()));
                    case PAY -> pay(org, from, to, amount, currency, s.b() % 2 == 0 ? "" : pick(cycles, s.a()));
                    case CYCLE_OPEN -> {
                        String id = "C-" + index;
                        TxResult r = submit(org, "netting", "open", id);
                        cycles.add(id);
                        yield r;
                    }
                    case CYCLE_CLOSE -> submit(org, "netting", "close", pick(cycles, s.a()));
                    case FREEZE -> submit(org, "governance", "freezeAccount", from, "random step", "");
                    case UNFREEZE -> submit(org, "governance", "unfreezeAccount", from);
                    case SWAP_DRAW -> submit(org, "netting", "drawSwapLine", SWAP_LINE, amount, "");
                    case SWAP_REPAY -> submit(org, "netting", "repaySwapLine", SWAP_LINE, "", amount);
                    case DISBURSE -> submit(org, "bond", "disburse", SERIES, to, amount, "GENERAL", "REF-" + index);
                };
            } catch (BondBridgeException e) {
                rejected = e;
            }
            String where = String.format("step %d %s as %s", index, s, org);
            tally(s.kind(), rejected == null);
            if (rejected != null) {
                assertThat(rejected.code())
                        .as(
                                "%s: a rejection is a coded rule, not an unexpected error: %s",
                                where, rejected.getMessage())
                        .isNotIn(ErrorCode.INTERNAL, ErrorCode.UNAVAILABLE);
                assertThat(ledger.stateDigest())
                        .as("%s: a rejection wrote nothing", where)
                        .isEqualTo(digest);
                assertThat(ledger.height()).as(where).isEqualTo(height);
            }
            check(rejected == null ? s.kind() : null, index, result);
            if (rejected == null && s.kind() == Kind.CYCLE_CLOSE) {
                CycleClosed closed = Json.read(result.payload(), CycleClosed.class);
                Map<String, Long> netSum = new TreeMap<>();
                for (NettingReport.Position p : closed.positions()) {
                    netSum.merge(p.currency(), p.net().minor(), Long::sum);
                }
                netSum.forEach((c, sum) -> assertThat(sum)
                        .as("%s: net positions in %s sum to zero", where, c)
                        .isZero());
                assertThat(totals()).as("%s: a close moves no total", where).isEqualTo(totalsBefore);
            }
            now = now.plus(Duration.ofMinutes(1));
            return rejected == null;
        }

        /** The invariants after a step; {@code accepted} the kind of an accepted step, else null. */
        void check(Kind accepted, int index, TxResult result) {
            String where = "after step " + index + " (" + accepted + ")";
            BondBridge regulator = BondBridge.open(ledger.transport("regulator").at(now));
            Map<String, Long> sums = new TreeMap<>();
            for (String account : HOLDERS) {
                for (Balance b : regulator.stableUnits().balances(null, account)) {
                    assertThat(b.balance().isNegative())
                            .as("%s: %s balance of %s is %s", where, b.currency(), account, b.balance())
                            .isFalse();
                    sums.merge(b.currency(), b.balance().minor(), Math::addExact);
                }
            }
            // A drawing's escrow has left the drawer's account but not the currency: balances + escrow = outstanding.
            SwapLineView line = new NettingClient(ledger.transport("regulator").at(now)).swapLine(SWAP_LINE);
            sums.merge("HKD", line.escrowed().minor(), Math::addExact);
            assertThat(line.drawn().minor())
                    .as("%s: drawn within 0..limit", where)
                    .isBetween(0L, line.limit().minor());
            for (String c : CURRENCIES) {
                Amount outstanding = regulator.stableUnits().supply(c).unitsOutstanding();
                assertThat(sums.getOrDefault(c, 0L))
                        .as("%s: %s balances sum to the units outstanding %s", where, c, outstanding)
                        .isEqualTo(outstanding.minor());
            }
            long held = 0;
            for (Holding h : regulator.bonds().holdings(SERIES, null)) {
                held = Math.addExact(
                        held, Math.addExact(h.units().minor(), h.locked().minor()));
            }
            SeriesView series = regulator.bonds().show(SERIES);
            Amount outstanding = series.outstanding();
            // What is left of the proceeds is what their account holds: a disbursement moves both by its amount.
            assertThat(series.proceeds().unspent().minor())
                    .as("%s: unspent proceeds of %s equal the balance of %s", where, SERIES, PROCEEDS)
                    .isEqualTo(regulator
                            .stableUnits()
                            .balance("CNY", PROCEEDS)
                            .balance()
                            .minor());
            assertThat(held)
                    .as("%s: holdings + locked of %s equal its outstanding %s", where, SERIES, outstanding)
                    .isEqualTo(outstanding.minor());
            if (accepted == Kind.MINT
                    || accepted == Kind.RESERVE_ADD
                    || accepted == Kind.RESERVE_UPDATE
                    || accepted == Kind.RESERVE_REMOVE) {
                for (String c : CURRENCIES) {
                    Composition comp = regulator.audit().reserves(c);
                    if (comp.unitsOutstanding().isPositive()) {
                        assertThat(comp.coverage())
                                .as("%s: %s coverage stays at or above the policy's minimum", where, c)
                                .isGreaterThanOrEqualTo(comp.minCoverage());
                    }
                }
            }
        }

        /** The organization whose rules let it make this step. */
        String actor(Kind kind, String currency, String from, String to, int a) {
            String issuer = currency.equals("CNY") ? "centralbank" : "hkcentralbank";
            return switch (kind) {
                case MINT, RESERVE_ADD -> issuer;
                case RESERVE_UPDATE, RESERVE_REMOVE -> pick(custodians, a);
                case ISSUE, BUYBACK, CYCLE_OPEN, CYCLE_CLOSE, DISBURSE -> "centralbank";
                case SWAP_DRAW, SWAP_REPAY -> "hkcentralbank"; // the drawer; the lender is FORBIDDEN
                case ACCEPT -> owner(to);
                case CANCEL -> sellers.isEmpty() ? "banka" : pick(sellers, a);
                case FREEZE, UNFREEZE -> "regulator";
                default -> owner(from);
            };
        }

        private static String owner(String account) {
            return account.substring(0, account.indexOf(':'));
        }

        Map<String, Long> totals() {
            BondBridge regulator = BondBridge.open(ledger.transport("regulator").at(now));
            Map<String, Long> totals = new TreeMap<>();
            for (String c : CURRENCIES) {
                for (String account : HOLDERS) {
                    totals.merge(
                            c,
                            regulator
                                    .stableUnits()
                                    .balance(c, account)
                                    .balance()
                                    .minor(),
                            Long::sum);
                }
            }
            return totals;
        }

        TxResult pay(String org, String from, String to, String amount, String currency, String cycle) {
            payments++;
            String salt = HexFormat.of()
                    .formatHex(new byte[] {(byte) payments, (byte) (payments >> 8)})
                    .repeat(8);
            Instruction i = Instruction.of(from, to, amount, currency).withSalt(salt);
            return ledger.transport(org)
                    .at(now)
                    .submit(
                            Functions.Payment.NAME,
                            Functions.Payment.SEND,
                            List.of("E2E-" + payments, "CN-HK", cycle),
                            Map.of(Instruction.TRANSIENT_KEY, Json.bytes(i)));
        }

        TxResult submit(String org, String contract, String function, String... args) {
            TxResult r = ledger.transport(org).at(now).submit(contract, function, args);
            now = now.plus(Duration.ofSeconds(1));
            return r;
        }

        @Override
        public void close() {
            ledger.close();
        }

        private static String pick(List<String> list, int i) {
            return list.get(i % list.size());
        }

        /** Prices 90.00 to 110.00 per unit. */
        private static String price(int i) {
            return (90 + i % 21) + ".00";
        }

        private static String cash(String id, String currency, String quantity) {
            return cashOrBill(id, currency, quantity, 0);
        }

        /** A cash asset, or (odd {@code kind}) a 91-day bill priced 0.99 maturing 2026-04-06. */
        private static String cashOrBill(String id, String currency, String quantity, int kind) {
            BigDecimal q;
            try {
                q = new BigDecimal(quantity.isBlank() ? "x" : quantity);
            } catch (NumberFormatException e) {
                return "{\"id\":\"" + id + "\",\"quantity\":\"" + quantity + "\"}";
            }
            boolean bill = kind % 2 == 1;
            return Json.write(new AssetSpec(
                    id,
                    null,
                    bill ? AssetClass.TBILL : AssetClass.CASH,
                    currency,
                    q,
                    bill ? new BigDecimal("0.99") : BigDecimal.ONE,
                    bill ? java.time.LocalDate.parse("2026-04-06") : null,
                    null,
                    null,
                    null));
        }

        private static String terms() {
            return Json.write(new SeriesTerms(
                    SERIES,
                    "CNY",
                    "100.00",
                    "FIXED",
                    "2.50",
                    2,
                    "2026-01-01",
                    "2031-01-01",
                    "ACT/365F",
                    "100000",
                    null,
                    null,
                    null));
        }
    }

    private static void tally(Kind kind, boolean accepted) {
        synchronized (BY_KIND) {
            long[] n = BY_KIND.computeIfAbsent(kind, k -> new long[2]);
            n[0]++;
            if (accepted) {
                n[1]++;
            }
        }
    }
}
