package io.bondbridge.client.access;

import static io.bondbridge.client.access.AccessWorld.ORGS;
import static io.bondbridge.client.access.AccessWorld.SERIES;
import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Functions;
import io.bondbridge.api.Json;
import io.bondbridge.api.governance.Param;
import io.bondbridge.api.governance.Role;
import io.bondbridge.api.payment.PrivatePayment;
import io.bondbridge.client.embedded.EmbeddedLedger;
import io.bondbridge.client.embedded.Endorsement;
import io.bondbridge.client.transport.BondBridgeException;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The access matrix: every transaction function named in {@link Functions}, called by every default organization
 * on one ledger ({@link AccessWorld}), either succeeds (the organizations its row allows) or is FORBIDDEN and writes
 * nothing. Allowed calls are simulated only, so each row meets the same state; a FORBIDDEN call is also submitted,
 * and the state digest and height must not move. A function of {@link Functions} without a row here fails the test
 * by name, so a new function cannot ship without someone deciding who may call it.
 *
 * <p>Who may call what (the README's table is this one): CB = centralbank (TREASURY, CENTRAL_BANK, CUSTODIAN; CNY),
 * HK = hkcentralbank (CENTRAL_BANK, CUSTODIAN; HKD), A / B = banka / bankb (BANK), REG = regulator (REGULATOR,
 * AUDITOR, STATISTICS).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {
    private static final Set<String> ALL = Set.copyOf(ORGS);
    private static final Set<String> CB = Set.of("centralbank");
    private static final Set<String> CENTRAL_BANKS = Set.of("centralbank", "hkcentralbank");
    private static final Set<String> A = Set.of("banka");
    private static final Set<String> B = Set.of("bankb");
    private static final Set<String> REG = Set.of("regulator");
    private static final Set<String> SUPERVISORS = Set.of("centralbank", "hkcentralbank", "regulator");

    private AccessWorld world;
    private final Map<String, Row> rows = new TreeMap<>();

    /** One function's call: its arguments, transient data, time, and the organizations that may make it. */
    private record Row(
            Function<String, List<String>> args,
            Function<AccessWorld, Map<String, byte[]>> transientData,
            Instant at,
            Set<String> ok) {}

    private void row(String contract, String function, Set<String> ok, String... args) {
        rows.put(contract + ":" + function, new Row(org -> List.of(args), w -> Map.of(), null, ok));
    }

    /** A row whose arguments depend on the caller (what one organization may do needs its own currency). */
    private void rowFor(String contract, String function, Set<String> ok, Function<String, List<String>> args) {
        rows.put(contract + ":" + function, new Row(args, w -> Map.of(), null, ok));
    }

    private void rowAt(String at, String contract, String function, Set<String> ok, String... args) {
        rows.put(contract + ":" + function, new Row(org -> List.of(args), w -> Map.of(), Instant.parse(at), ok));
    }

    private void rowWith(
            Function<AccessWorld, Map<String, byte[]>> data,
            String contract,
            String function,
            Set<String> ok,
            String... args) {
        rows.put(contract + ":" + function, new Row(org -> List.of(args), data, null, ok));
    }

    @BeforeAll
    void build() {
        world = new AccessWorld().build();
        String offer = world.offerId;

        String g = Functions.Governance.NAME;
        row(g, Functions.Governance.INIT, ALL); // idempotent: a second bootstrap changes nothing
        row(g, Functions.Governance.ADD_PARTICIPANT, CENTRAL_BANKS, newParticipant());
        row(g, Functions.Governance.SET_ROLES, CENTRAL_BANKS, "bankb", "BANK");
        row(g, Functions.Governance.LIST_PARTICIPANTS, ALL);
        row(g, Functions.Governance.OPEN_ACCOUNT, ALL, "extra"); // each its own account
        row(g, Functions.Governance.GET_ACCOUNT, ALL, "banka:main");
        row(g, Functions.Governance.LIST_ACCOUNTS, ALL, "");
        row(g, Functions.Governance.FREEZE_ACCOUNT, REG, "bankb:main", "order 7", "");
        row(g, Functions.Governance.UNFREEZE_ACCOUNT, REG, "banka:frozen");
        // marketRatePct belongs to CENTRAL_BANK, which both central banks hold; every parameter's owner is checked
        // in everyParameterIsSetOnlyByItsOwnerRole.
        row(g, Functions.Governance.SET_PARAMETER, CENTRAL_BANKS, "marketRatePct", "1.80", "review");
        row(g, Functions.Governance.LIST_PARAMETERS, ALL);
        row(g, Functions.Governance.PARAMETER_HISTORY, ALL, "marketRatePct");

        String fx = Functions.Fx.NAME;
        row(fx, Functions.Fx.SET_REFERENCE, Set.of("centralbank", "regulator"), "CNY", "0.126");
        row(fx, Functions.Fx.GET_REFERENCE, ALL, "CNY");
        row(fx, Functions.Fx.REFERENCE_HISTORY, ALL, "CNY");
        row(fx, Functions.Fx.LIST_REFERENCES, ALL);

        String st = Functions.Stable.NAME;
        row(st, Functions.Stable.MINT, CB, "CNY", "banka:main", "10.00");
        row(st, Functions.Stable.MINT_ON_SHARD, CB, "CNY", "banka:main", "10.00", "7");
        row(st, Functions.Stable.TRANSFER, A, "CNY", "banka:main", "bankb:main", "10.00");
        row(st, Functions.Stable.REDEEM, A, "CNY", "banka:main", "10.00");
        row(st, Functions.Stable.BALANCE, Set.of("banka", "centralbank", "regulator"), "CNY", "banka:main");
        row(st, Functions.Stable.BALANCES, ALL, "", "");
        row(st, Functions.Stable.SUPPLY, ALL, "CNY");
        row(st, Functions.Stable.REBALANCE, CB, "CNY");

        String r = Functions.Reserve.NAME;
        // A custodian records what it holds, of any currency: HK's custodian may hold a CNY deposit.
        row(r, Functions.Reserve.ADD_ASSET, CENTRAL_BANKS, AccessWorld.cash("CNY-NEW", "CNY", "10"));
        row(r, Functions.Reserve.ADD_ASSETS, CENTRAL_BANKS, "[" + AccessWorld.cash("CNY-NEW2", "CNY", "10") + "]");
        row(r, Functions.Reserve.UPDATE_ASSET, CB, "CNY-EXTRA", "{\"quantity\":\"2000\"}");
        row(r, Functions.Reserve.REMOVE_ASSET, CB, "CNY-EXTRA");
        row(r, Functions.Reserve.GET_ASSET, ALL, "CNY-CASH");
        row(r, Functions.Reserve.LIST_ASSETS, ALL, "CNY");
        row(r, Functions.Reserve.SET_POLICY, CB, "CNY", "{\"minCoverage\":\"1.01\"}");
        row(r, Functions.Reserve.GET_POLICY, ALL, "CNY");

        String b = Functions.Bond.NAME;
        row(b, Functions.Bond.CREATE, CB, AccessWorld.terms("CGB-2036"));
        row(b, Functions.Bond.SUBSCRIBE, B, SERIES, "bankb:main", "1000.00");
        row(b, Functions.Bond.ISSUE, CB, SERIES, "banka:main", "1", "100.00");
        row(b, Functions.Bond.TRANSFER, A, SERIES, "banka:main", "bankb:main", "1");
        row(b, Functions.Bond.OFFER, A, SERIES, "banka:main", "1", "100.00", "");
        row(b, Functions.Bond.ACCEPT, B, offer, "bankb:main");
        row(b, Functions.Bond.CANCEL, A, offer);
        row(b, Functions.Bond.GET_OFFER, ALL, offer);
        row(b, Functions.Bond.COUPON, CB, SERIES, "2026-12-31");
        rowAt("2026-07-02T00:00:00Z", b, Functions.Bond.CLAIM, A, SERIES, world.couponPeriod, "banka:main");
        rowAt("2031-01-02T00:00:00Z", b, Functions.Bond.REDEEM, A, SERIES, "banka:main");
        row(b, Functions.Bond.TENDER, A, SERIES, "banka:main", "1", "90.00");
        row(b, Functions.Bond.BUYBACK, CB, SERIES, "banka:main", "5", "95.00");
        row(b, Functions.Bond.SHOW, ALL, SERIES);
        row(b, Functions.Bond.HOLDINGS, ALL, "", "");
        row(b, Functions.Bond.RATES, ALL, SERIES);
        row(b, Functions.Bond.POST_TRADE, REG, "2026-01", "300", "250", "1500", "");
        row(b, Functions.Bond.TRADE_MONTHS, ALL);
        row(b, Functions.Bond.SIGNALS, ALL);
        // TREASURY (centralbank) opens tranches; hkcentralbank is a central bank but not a treasury.
        row(b, Functions.Bond.TRANCHE, CB, AccessWorld.trancheTerms("TBI-2026-T1"), AccessWorld.SIGNAL_MONTH);
        // Only the series' issuer (a TREASURY) links its index, and only the STATISTICS role posts one.
        row(b, Functions.Bond.LINK_INDEX, CB, AccessWorld.INDEXED, "MARKET_SHARE", "EV");
        row(b, Functions.Bond.POST_SECTOR, REG, "MARKET_SHARE", "EV", "2026-01", "13");
        row(b, Functions.Bond.SECTOR_FIGURES, ALL, "MARKET_SHARE", "EV");
        // The issuer pays out of the series' earmarked proceeds (the 100 units issued at 100.00: 10,000.00 CNY).
        row(b, Functions.Bond.DISBURSE, CB, SERIES, "bankb:main", "100.00", "GENERAL", "INV-1");
        row(b, Functions.Bond.DISBURSEMENTS, ALL, SERIES);

        String p = Functions.Payment.NAME;
        rowWith(
                w -> AccessWorld.instruction("banka:main", "bankb:main", "50.00"),
                p,
                Functions.Payment.SEND,
                A,
                "P-9",
                "CN-HK",
                "");
        row(p, Functions.Payment.REJECT, Set.of("banka", "bankb", "centralbank"), "P-2", "withdrawn");
        rowWith(
                w -> Map.of(PrivatePayment.TRANSIENT_KEY, w.paymentDetails),
                p,
                Functions.Payment.RETURN_PAYMENT,
                B,
                "P-1",
                "account closed");
        row(p, Functions.Payment.SHOW, ALL, "P-1");
        row(p, Functions.Payment.DETAILS, Set.of("banka", "bankb", "regulator"), "P-1");
        row(p, Functions.Payment.LIST, ALL, "");
        row(p, Functions.Payment.QUOTE, B, "bankb:main", "CNY", "HKD", "1.0900", "2026-12-31T23:59:59Z");
        row(p, Functions.Payment.QUOTES, ALL);
        row(p, Functions.Payment.USAGE, SUPERVISORS, "CN-HK", "");

        String c = Functions.Corridor.NAME;
        row(
                c,
                Functions.Corridor.SET,
                Set.of("centralbank", "hkcentralbank", "regulator"),
                "CN-AE",
                "CN,AE",
                "CNY",
                "");
        row(c, Functions.Corridor.GET, ALL, "CN-HK");
        row(c, Functions.Corridor.LIST, ALL);
        row(c, Functions.Corridor.BLOCK, REG, "bankb", "sanctions");
        row(c, Functions.Corridor.UNBLOCK, REG, "bankc");
        row(c, Functions.Corridor.BLOCKED, ALL);
        row(c, Functions.Corridor.ALERTS, REG);
        row(c, Functions.Corridor.SET_ALERT_THRESHOLD, REG, "60000.00");

        String n = Functions.Netting.NAME;
        row(n, Functions.Netting.OPEN, CENTRAL_BANKS, "C-9");
        row(n, Functions.Netting.CLOSE, CB, "C-1");
        row(n, Functions.Netting.SHOW, SUPERVISORS, "C-1");
        // Either central bank creates a line lending the currency it issues (HK: HKD against CNY); the others lack
        // the CENTRAL_BANK role whatever they ask.
        rowFor(n, Functions.Netting.CREATE_SWAP_LINE, CENTRAL_BANKS, org -> {
            boolean hk = org.equals("hkcentralbank");
            return List.of(
                    "SL-9",
                    "centralbank,hkcentralbank",
                    hk ? "HKD,CNY" : "CNY,HKD",
                    "1.00",
                    hk ? "0.9000" : "1.1000",
                    "3.00",
                    "");
        });
        // Only the drawer (hkcentralbank) draws and repays; the lender centralbank is FORBIDDEN like a non-party.
        row(n, Functions.Netting.DRAW_SWAP_LINE, Set.of("hkcentralbank"), "SL-1", "100.00", "");
        row(n, Functions.Netting.REPAY_SWAP_LINE, Set.of("hkcentralbank"), "SL-1", "", "100.00");
        row(n, Functions.Netting.SHOW_SWAP_LINE, SUPERVISORS, "SL-1");

        String a = Functions.Audit.NAME;
        row(a, Functions.Audit.RESERVES, ALL, "CNY", "", "");
        row(a, Functions.Audit.STRESS, ALL, "CNY", "");
        row(a, Functions.Audit.HISTORY, Set.of("banka", "regulator"), "account", "banka:main");
    }

    @AfterAll
    void close() {
        world.ledger.close();
    }

    private static String newParticipant() {
        return "{\"mspId\":\"BankDMSP\",\"alias\":\"bankd\",\"jurisdiction\":\"AE\",\"currencies\":[],"
                + "\"roles\":[\"BANK\"]}";
    }

    /** Every function of every contract, {@code contract:function}, from {@link Functions}. */
    static SortedSet<String> functions() {
        SortedSet<String> all = new TreeSet<>();
        for (Class<?> nested : Functions.class.getDeclaredClasses()) {
            String contract = null;
            List<String> names = new ArrayList<>();
            for (Field f : nested.getDeclaredFields()) {
                try {
                    if (f.getName().equals("NAME")) {
                        contract = (String) f.get(null);
                    } else {
                        names.add((String) f.get(null));
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            for (String name : names) {
                all.add(contract + ":" + name);
            }
        }
        return all;
    }

    @Test
    void everyFunctionHasARow() {
        SortedSet<String> missing = new TreeSet<>(functions());
        missing.removeAll(rows.keySet());
        assertThat(missing)
                .as("functions of Functions without a row in AccessMatrixTest: add one saying who may call it")
                .isEmpty();
        assertThat(functions()).containsAll(rows.keySet());
    }

    @Test
    void everyOrganizationMayCallExactlyWhatItsRowAllows() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (String fn : functions()) {
            Row row = rows.get(fn);
            if (row == null) {
                continue; // everyFunctionHasARow names it
            }
            for (String org : ORGS) {
                calls++;
                String problem = check(fn, row, org, row.ok().contains(org));
                if (problem != null) {
                    wrong.add(String.format("%-28s %-14s %s", fn, org, problem));
                }
            }
        }
        assertThat(wrong)
                .as("calls that broke the access matrix (of %d)", calls)
                .isEmpty();
        assertThat(calls).isGreaterThanOrEqualTo(5 * 70);
    }

    @Test
    void anUnregisteredOrganizationMayOnlyBootstrapAndListParticipants() {
        List<String> wrong = new ArrayList<>();
        for (String fn : functions()) {
            Row row = rows.get(fn);
            if (row == null) {
                continue;
            }
            boolean open = fn.equals("governance:init") || fn.equals("governance:listParticipants");
            String problem = check(fn, row, "OutsiderMSP", open);
            if (problem != null) {
                wrong.add(fn + " " + problem);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aCallWithTooFewOrTooManyArgumentsIsInvalidNotAnUnexpectedError() {
        // Found by ContractFuzzTest: the shim failed on too few arguments with an uncoded "Unexpected error".
        EmbeddedLedger ledger = world.ledger;
        for (List<String> args : List.of(List.<String>of(), List.of("CNY", "", "", "extra"))) {
            Endorsement e = ledger.simulate(
                    ledger.propose(AccessWorld.mspId("regulator"), "audit", "reserves", args, Map.of(), world.now));
            assertThat(e.message()).isEqualTo("INVALID_ARGUMENT: audit:reserves takes 3 arguments, not " + args.size());
        }
    }

    @Test
    void everyParameterIsSetOnlyByItsOwnerRole() {
        // Setting a parameter to the value in force: its owner passes the role check and meets CONFLICT ("already"),
        // every other organization is FORBIDDEN first. Owners: CENTRAL_BANK = both central banks, TREASURY =
        // centralbank, REGULATOR = regulator (the default organizations' roles).
        Map<Role, Set<String>> holders =
                Map.of(Role.CENTRAL_BANK, CENTRAL_BANKS, Role.TREASURY, CB, Role.REGULATOR, REG);
        EmbeddedLedger ledger = world.ledger;
        List<String> wrong = new ArrayList<>();
        for (Param p : Param.values()) {
            Set<String> owners = holders.get(p.owner());
            assertThat(owners).as("organizations holding %s", p.owner()).isNotNull();
            for (String org : ORGS) {
                Endorsement e = ledger.simulate(ledger.propose(
                        AccessWorld.mspId(org),
                        Functions.Governance.NAME,
                        Functions.Governance.SET_PARAMETER,
                        List.of(p.key(), p.defaultValue().toPlainString(), ""),
                        Map.of(),
                        world.now));
                ErrorCode expected = owners.contains(org) ? ErrorCode.CONFLICT : ErrorCode.FORBIDDEN;
                ErrorCode got = e.ok() ? null : ErrorCode.fromMessage(e.message());
                if (got != expected) {
                    wrong.add(p.key() + " " + org + ": expected " + expected + ", got "
                            + (e.ok() ? "success" : e.message()));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aPaymentToTheRegulatorsAccountIsACodedRejectionThatWritesNothing() {
        // Found by InvariantsTest: no private data collection pairs a bank with the regulator, so the write of the
        // details failed with an uncoded platform error.
        EmbeddedLedger ledger = world.ledger;
        Endorsement e = ledger.simulate(ledger.propose(
                AccessWorld.mspId("banka"),
                Functions.Payment.NAME,
                Functions.Payment.SEND,
                List.of("P-REG", "CN-HK", ""),
                AccessWorld.instruction("banka:main", "regulator:main", "10.00"),
                world.now));
        assertThat(e.message())
                .isEqualTo("INVALID_ARGUMENT: RegulatorMSP supervises payments and cannot be a debtor or creditor"
                        + " agent of one");
    }

    /** Null when {@code org} calling {@code fn} did what the matrix says, else what went wrong. */
    private String check(String fn, Row row, String org, boolean allowed) {
        EmbeddedLedger ledger = world.ledger;
        String[] parts = fn.split(":");
        Instant at = row.at() != null ? row.at() : world.now;
        Map<String, byte[]> data = row.transientData().apply(world);
        List<String> args = row.args().apply(org);
        Endorsement e = ledger.simulate(ledger.propose(AccessWorld.mspId(org), parts[0], parts[1], args, data, at));
        ErrorCode code = e.ok() ? null : ErrorCode.fromMessage(e.message());
        if (allowed) {
            return e.ok() ? null : "expected success, got " + e.message();
        }
        if (code != ErrorCode.FORBIDDEN) {
            return "expected FORBIDDEN, got " + (e.ok() ? "success " + abbreviate(e.payload()) : e.message());
        }
        String digest = ledger.stateDigest();
        long height = ledger.height();
        try {
            world.transport(org).at(at).submit(parts[0], parts[1], args, data);
            return "submit of a FORBIDDEN call succeeded";
        } catch (BondBridgeException x) {
            if (x.code() != ErrorCode.FORBIDDEN) {
                return "submit: expected FORBIDDEN, got " + x.getMessage();
            }
        }
        if (!ledger.stateDigest().equals(digest) || ledger.height() != height) {
            return "a FORBIDDEN call wrote to the ledger";
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s == null || s.length() < 80 ? s : s.substring(0, 80) + "...";
    }

    static String json(Object o) {
        return Json.write(o);
    }
}
