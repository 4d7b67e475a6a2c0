package io.bondbridge.chaincode.contract;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Functions;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Who may call each transaction function: the one table, consulted before every function runs
 * ({@link FeatureContract#beforeTransaction}), so a feature's code does not repeat it.
 *
 * <p>Every function has a row. A <b>write</b> row lets every participant through to the function, whose feature
 * service authorizes from the caller's roles and ownership (who may mint depends on the currency, who may transfer
 * on the account). A <b>read</b> row names the roles that may read it, or none for every participant; a read whose
 * answer depends on what is read (a balance, a holding, a payment's details) is narrowed further by its service. A
 * function of a contract with no row is FORBIDDEN: a new function is closed until someone decides who may call it
 * (the access matrix test names the missing row).
 */
public final class Access {
    /** Readers of supervisory views: the corridor's daily flows, netting queues, swap lines. */
    private static final List<Role> SUPERVISORS = List.of(Role.CENTRAL_BANK, Role.REGULATOR, Role.AUDITOR);

    private static final SortedMap<String, Rule> RULES = new TreeMap<>();

    /**
     * One function's row.
     *
     * @param write a write: the feature service authorizes
     * @param readers a read: the roles that may read, empty for every participant
     */
    public record Rule(boolean write, List<Role> readers) {
        public Rule {
            readers = List.copyOf(readers);
        }

        /** Whether a participant holding {@code roles} passes this row. */
        public boolean admits(Set<Role> roles) {
            return write || readers.isEmpty() || readers.stream().anyMatch(roles::contains);
        }
    }

    static {
        write(Functions.Governance.NAME, Functions.Governance.INIT);
        write(Functions.Governance.NAME, Functions.Governance.ADD_PARTICIPANT);
        write(Functions.Governance.NAME, Functions.Governance.SET_ROLES);
        write(Functions.Governance.NAME, Functions.Governance.OPEN_ACCOUNT);
        write(Functions.Governance.NAME, Functions.Governance.FREEZE_ACCOUNT);
        write(Functions.Governance.NAME, Functions.Governance.UNFREEZE_ACCOUNT);
        write(Functions.Governance.NAME, Functions.Governance.SET_PARAMETER);
        // The governed parameters and who changed them: every rule's numbers are open to every participant.
        read(Functions.Governance.NAME, Functions.Governance.LIST_PARAMETERS);
        read(Functions.Governance.NAME, Functions.Governance.PARAMETER_HISTORY);
        // The participant and account directory: every participant must find a counterparty.
        read(Functions.Governance.NAME, Functions.Governance.LIST_PARTICIPANTS);
        read(Functions.Governance.NAME, Functions.Governance.GET_ACCOUNT);
        read(Functions.Governance.NAME, Functions.Governance.LIST_ACCOUNTS);

        write(Functions.Fx.NAME, Functions.Fx.SET_REFERENCE);
        // Reference rates are public reference data (limits and alerts are computed from them).
        read(Functions.Fx.NAME, Functions.Fx.GET_REFERENCE);
        read(Functions.Fx.NAME, Functions.Fx.REFERENCE_HISTORY);
        read(Functions.Fx.NAME, Functions.Fx.LIST_REFERENCES);

        write(Functions.Stable.NAME, Functions.Stable.MINT);
        write(Functions.Stable.NAME, Functions.Stable.MINT_ON_SHARD);
        write(Functions.Stable.NAME, Functions.Stable.TRANSFER);
        write(Functions.Stable.NAME, Functions.Stable.REDEEM);
        write(Functions.Stable.NAME, Functions.Stable.REBALANCE);
        // Narrowed by the service: own accounts, or the issuer / regulator / auditor.
        read(Functions.Stable.NAME, Functions.Stable.BALANCE);
        read(Functions.Stable.NAME, Functions.Stable.BALANCES);
        read(Functions.Stable.NAME, Functions.Stable.SUPPLY);

        write(Functions.Reserve.NAME, Functions.Reserve.ADD_ASSET);
        write(Functions.Reserve.NAME, Functions.Reserve.ADD_ASSETS);
        write(Functions.Reserve.NAME, Functions.Reserve.UPDATE_ASSET);
        write(Functions.Reserve.NAME, Functions.Reserve.REMOVE_ASSET);
        write(Functions.Reserve.NAME, Functions.Reserve.SET_POLICY);
        // Reserve transparency: every holder of a stable unit may see what backs it and under which policy, and
        // check a custodian's statement against the reserve digest.
        read(Functions.Reserve.NAME, Functions.Reserve.GET_ASSET);
        read(Functions.Reserve.NAME, Functions.Reserve.LIST_ASSETS);
        read(Functions.Reserve.NAME, Functions.Reserve.GET_POLICY);

        write(Functions.Bond.NAME, Functions.Bond.CREATE);
        write(Functions.Bond.NAME, Functions.Bond.SUBSCRIBE);
        write(Functions.Bond.NAME, Functions.Bond.ISSUE);
        write(Functions.Bond.NAME, Functions.Bond.TRANSFER);
        write(Functions.Bond.NAME, Functions.Bond.OFFER);
        write(Functions.Bond.NAME, Functions.Bond.ACCEPT);
        write(Functions.Bond.NAME, Functions.Bond.CANCEL);
        write(Functions.Bond.NAME, Functions.Bond.COUPON);
        write(Functions.Bond.NAME, Functions.Bond.CLAIM);
        write(Functions.Bond.NAME, Functions.Bond.REDEEM);
        write(Functions.Bond.NAME, Functions.Bond.TENDER);
        write(Functions.Bond.NAME, Functions.Bond.BUYBACK);
        write(Functions.Bond.NAME, Functions.Bond.POST_TRADE);
        write(Functions.Bond.NAME, Functions.Bond.POST_SECTOR);
        write(Functions.Bond.NAME, Functions.Bond.TRANCHE);
        write(Functions.Bond.NAME, Functions.Bond.LINK_INDEX);
        write(Functions.Bond.NAME, Functions.Bond.DISBURSE);
        // Terms and rates are public; holdings and offers are narrowed by the service.
        read(Functions.Bond.NAME, Functions.Bond.GET_OFFER);
        read(Functions.Bond.NAME, Functions.Bond.SHOW);
        read(Functions.Bond.NAME, Functions.Bond.HOLDINGS);
        read(Functions.Bond.NAME, Functions.Bond.RATES);
        read(Functions.Bond.NAME, Functions.Bond.TRADE_MONTHS);
        // The statistics behind coupons and tranches, and where an issue's proceeds went: public, like the terms.
        read(Functions.Bond.NAME, Functions.Bond.SIGNALS);
        read(Functions.Bond.NAME, Functions.Bond.SECTOR_FIGURES);
        read(Functions.Bond.NAME, Functions.Bond.DISBURSEMENTS);

        write(Functions.Payment.NAME, Functions.Payment.SEND);
        write(Functions.Payment.NAME, Functions.Payment.REJECT);
        write(Functions.Payment.NAME, Functions.Payment.RETURN_PAYMENT);
        write(Functions.Payment.NAME, Functions.Payment.QUOTE);
        // The public record (hash, corridor, status) is on the channel anyway; amounts and parties only for the
        // payment's collection (the service). Quotes are offers to every participant.
        read(Functions.Payment.NAME, Functions.Payment.SHOW);
        read(Functions.Payment.NAME, Functions.Payment.DETAILS);
        read(Functions.Payment.NAME, Functions.Payment.LIST);
        read(Functions.Payment.NAME, Functions.Payment.QUOTES);
        // A corridor's daily flow sums every bank's payments: supervisors only.
        read(Functions.Payment.NAME, Functions.Payment.USAGE, SUPERVISORS);

        write(Functions.Corridor.NAME, Functions.Corridor.SET);
        write(Functions.Corridor.NAME, Functions.Corridor.BLOCK);
        write(Functions.Corridor.NAME, Functions.Corridor.UNBLOCK);
        write(Functions.Corridor.NAME, Functions.Corridor.SET_ALERT_THRESHOLD);
        // Banks must know the corridors, their limits and whom they may not pay.
        read(Functions.Corridor.NAME, Functions.Corridor.GET);
        read(Functions.Corridor.NAME, Functions.Corridor.LIST);
        read(Functions.Corridor.NAME, Functions.Corridor.BLOCKED);
        // Alerts: the regulator and auditors, checked by the compliance rules (which also answer the threshold).
        read(Functions.Corridor.NAME, Functions.Corridor.ALERTS);

        write(Functions.Netting.NAME, Functions.Netting.OPEN);
        write(Functions.Netting.NAME, Functions.Netting.CLOSE);
        write(Functions.Netting.NAME, Functions.Netting.CREATE_SWAP_LINE);
        write(Functions.Netting.NAME, Functions.Netting.DRAW_SWAP_LINE);
        write(Functions.Netting.NAME, Functions.Netting.REPAY_SWAP_LINE);
        // A cycle's queue shows every bank's interbank legs; swap lines are central banks' operations.
        read(Functions.Netting.NAME, Functions.Netting.SHOW, SUPERVISORS);
        read(Functions.Netting.NAME, Functions.Netting.SHOW_SWAP_LINE, SUPERVISORS);

        // Composition and stress of a reserve: the same transparency as its assets. Histories: the service.
        read(Functions.Audit.NAME, Functions.Audit.RESERVES);
        read(Functions.Audit.NAME, Functions.Audit.STRESS);
        read(Functions.Audit.NAME, Functions.Audit.HISTORY);
    }

    private Access() {}

    private static void write(String contract, String function) {
        put(contract, function, new Rule(true, List.of()));
    }

    private static void read(String contract, String function) {
        put(contract, function, new Rule(false, List.of()));
    }

    private static void read(String contract, String function, List<Role> readers) {
        put(contract, function, new Rule(false, readers));
    }

    private static void put(String contract, String function, Rule rule) {
        if (RULES.put(contract + ":" + function, rule) != null) {
            throw new IllegalStateException("two access rows for " + contract + ":" + function);
        }
    }

    /** The row of {@code contract:function}, or null when it has none. */
    public static Rule rule(String contract, String function) {
        return RULES.get(contract + ":" + function);
    }

    /** Every row, by {@code contract:function}: for the access matrix test and the README table. */
    public static SortedMap<String, Rule> rules() {
        return java.util.Collections.unmodifiableSortedMap(RULES);
    }

    /**
     * Rejects the call unless the row of {@code contract:function} admits a participant holding {@code roles}
     * ({@code null} for an organization that is not registered: only every-participant rows admit it, for the
     * functions open before the bootstrap). A name that is not a transaction function of {@code contractType}
     * passes, to be answered NOT_FOUND by the contract.
     */
    static void check(Class<?> contractType, String contract, String function, String mspId, Set<Role> roles) {
        if (!TRANSACTIONS.get(contractType).containsKey(function)) {
            return;
        }
        Rule rule = rule(contract, function);
        if (rule == null) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN, "%s:%s has no access rule yet, so no one may call it", contract, function);
        }
        if (!rule.admits(roles == null ? Set.of() : roles)) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "%s may not read %s:%s: needs role %s, has %s",
                    mspId,
                    contract,
                    function,
                    rule.readers().size() == 1
                            ? rule.readers().get(0)
                            : Arrays.toString(rule.readers().toArray()),
                    roles == null ? "none" : new TreeSet<>(roles));
        }
    }

    /**
     * Rejects a call of a transaction function of {@code contractType} with other than the number of arguments it
     * takes, before the shim converts them (which would fail with an uncoded "Unexpected error" on too few, and
     * silently drop extras). A name that is not a transaction function passes, to be answered NOT_FOUND.
     */
    static void checkArity(Class<?> contractType, String contract, String function, int given) {
        Integer takes = TRANSACTIONS.get(contractType).get(function);
        if (takes != null && takes != given) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s:%s takes %d argument%s, not %d",
                    contract,
                    function,
                    takes,
                    takes == 1 ? "" : "s",
                    given);
        }
    }

    /** The transaction functions of a contract class, as the router registers them, and their argument counts. */
    private static final ClassValue<Map<String, Integer>> TRANSACTIONS = new ClassValue<>() {
        @Override
        protected Map<String, Integer> computeValue(Class<?> type) {
            Map<String, Integer> arity = new TreeMap<>();
            for (java.lang.reflect.Method m : type.getMethods()) {
                Transaction t = m.getAnnotation(Transaction.class);
                if (t != null) {
                    arity.put(t.name().isEmpty() ? m.getName() : t.name(), m.getParameterCount() - 1);
                }
            }
            return java.util.Collections.unmodifiableMap(arity);
        }
    };
}
