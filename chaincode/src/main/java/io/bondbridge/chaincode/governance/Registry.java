package io.bondbridge.chaincode.governance;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.Account;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.api.governance.Role;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Key;
import io.bondbridge.chaincode.ledger.Ledger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads of the participant and account registry, and the checks every feature makes against it: who the caller
 * is and what it may do (always from the ledger, never from an argument), and whether an account may move value.
 */
public final class Registry {
    static final String PARTICIPANT = "gov.participant";
    static final String ALIAS = "gov.alias";
    static final String ACCOUNT = "gov.account";
    static final String CONFIG = "gov.config";

    private final Ledger ledger;
    /** The participants this transaction has read, by alias: an alias is theirs for good, so no alias row is needed. */
    private final Map<String, Participant> readByAlias = new TreeMap<>();

    public Registry(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The row of the participant {@code mspId}, for a transaction that fetches what it will read ahead. */
    public static Key participantKey(String mspId) {
        return Key.of(PARTICIPANT, mspId);
    }

    /** The row of the account {@code id}. */
    public static Key accountKey(AccountId id) {
        return Key.of(ACCOUNT, id.owner(), id.name());
    }

    public Optional<Participant> findParticipant(String mspId) {
        Optional<Participant> found = ledger.find(participantKey(mspId), Participant.class);
        found.ifPresent(p -> readByAlias.put(p.alias(), p));
        return found;
    }

    /**
     * A participant by MSP ID or alias. A reference of an alias's form ({@code banka}, as account references are
     * mostly written) is looked up as an alias first, any other as an MSP ID first: one read fewer for each, and the
     * same answer either way, as no MSP ID equals another participant's alias ({@link
     * io.bondbridge.chaincode.governance.Governance#addParticipant} refuses one).
     */
    public Participant participant(String mspIdOrAlias) {
        Optional<Participant> found = Participant.aliasShaped(mspIdOrAlias)
                ? byAlias(mspIdOrAlias).or(() -> findParticipant(mspIdOrAlias))
                : findParticipant(mspIdOrAlias).or(() -> byAlias(mspIdOrAlias));
        return found.orElseThrow(
                () -> LedgerException.of(ErrorCode.NOT_FOUND, "participant '%s' not found", mspIdOrAlias));
    }

    /** The participant whose alias is {@code reference} (in any case). */
    private Optional<Participant> byAlias(String reference) {
        return mspIdByAlias(reference).flatMap(this::findParticipant);
    }

    /**
     * The MSP ID of the participant whose alias is {@code reference}: from its alias row, or without it when this
     * transaction already read that participant (the caller, mostly: {@code banka:main} sent by Bank A). An alias is
     * written once, with its participant, and never changes hands or goes, so either answer is the same and the
     * participant's row, when read, is in the read set.
     */
    private Optional<String> mspIdByAlias(String reference) {
        String alias = reference.toLowerCase(java.util.Locale.ROOT);
        Participant read = readByAlias.get(alias);
        return read != null ? Optional.of(read.mspId()) : ledger.find(Key.of(ALIAS, alias), String.class);
    }

    public List<Participant> participants() {
        return ledger.list(Participant.class, PARTICIPANT).stream()
                .map(Ledger.Row::value)
                .toList();
    }

    /** The caller's participant record; a caller whose organization is not registered is FORBIDDEN. */
    public Participant caller(Caller caller) {
        return findParticipant(caller.mspId())
                .orElseThrow(() -> LedgerException.of(
                        ErrorCode.FORBIDDEN, "organization %s is not a registered participant", caller.mspId()));
    }

    /** The caller's participant, which must hold one of {@code roles}. */
    public Participant requireRole(Caller caller, String action, Role... roles) {
        Participant p = caller(caller);
        for (Role role : roles) {
            if (p.has(role)) {
                return p;
            }
        }
        throw LedgerException.of(
                ErrorCode.FORBIDDEN,
                "%s may not %s: needs role %s, has %s",
                caller.mspId(),
                action,
                roles.length == 1 ? roles[0] : Arrays.toString(roles),
                p.roles());
    }

    /**
     * Resolves a parsed reference ({@link AccountId#parse}: its owner an MSP ID or alias) to the canonical id; the
     * account need not exist.
     */
    public AccountId accountId(AccountId reference) {
        return new AccountId(mspIdOf(reference.owner()), reference.name());
    }

    /**
     * The MSP ID a reference names. An alias needs its alias row only, not the participant's: the alias row always
     * names a participant that exists.
     */
    private String mspIdOf(String reference) {
        if (Participant.aliasShaped(reference)) {
            Optional<String> mspId = mspIdByAlias(reference);
            if (mspId.isPresent()) {
                return mspId.get();
            }
        }
        return participant(reference).mspId();
    }

    /** Resolves {@code ORG:name} text, as stored in records, to the canonical id; the account need not exist. */
    public AccountId accountId(String reference) {
        return accountId(AccountId.parse(reference, "account"));
    }

    public Optional<Account> findAccount(AccountId id) {
        return ledger.find(accountKey(id), Account.class);
    }

    public Account account(AccountId id) {
        return findAccount(id).orElseThrow(() -> LedgerException.of(ErrorCode.NOT_FOUND, "account %s not found", id));
    }

    public List<Account> accounts(String ownerMspId) {
        return (ownerMspId == null
                        ? ledger.list(Account.class, ACCOUNT)
                        : ledger.list(Account.class, ACCOUNT, ownerMspId))
                .stream().map(Ledger.Row::value).toList();
    }

    /**
     * An account that may send or receive value now: it exists and is not frozen. {@code direction} names the
     * side in the message ("send", "receive").
     */
    public Account requireActive(AccountId id, String direction) {
        Account account = account(id);
        if (account.frozen()) {
            throw LedgerException.of(
                    ErrorCode.FROZEN, "account %s is frozen (%s) and cannot %s", id, account.freezeReason(), direction);
        }
        return account;
    }

    /**
     * The caller must own the account (an organization moves only its own accounts' value), and the account must not
     * be earmarked: value leaves an earmarked account only through the rule that owns it (bond disburse).
     */
    public void requireOwner(Caller caller, AccountId id) {
        if (!id.owner().equals(caller.mspId())) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN, "%s may not act on account %s of %s", caller.mspId(), id, id.owner());
        }
        if (id.earmarked()) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "account %s holds earmarked bond proceeds: only bond disburse pays out of it",
                    id);
        }
    }

    /**
     * Opens an earmarked account (a bond series' proceeds account) for the rule that owns it, once; returns its id.
     * Owners cannot open or move such accounts themselves.
     */
    public AccountId openEarmarked(AccountId id) {
        if (!id.earmarked()) {
            throw new IllegalArgumentException("not an earmarked account name: " + id);
        }
        if (findAccount(id).isEmpty()) {
            Account account = new Account(id.toString(), id.owner(), id.name(), ledger.now(), false, null, null, null);
            // No event of its own: the feature's event (BondSeriesCreated, BondIssue) names the transaction.
            ledger.put(Key.of(ACCOUNT, id.owner(), id.name()), account);
        }
        return id;
    }

    boolean bootstrapped() {
        return ledger.exists(Key.of(CONFIG, "bootstrap"));
    }

    Ledger ledger() {
        return ledger;
    }
}
