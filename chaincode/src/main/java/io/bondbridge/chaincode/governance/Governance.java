package io.bondbridge.chaincode.governance;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.Account;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.governance.BootstrapResult;
import io.bondbridge.api.governance.DefaultParticipants;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.api.governance.Role;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Key;
import io.bondbridge.chaincode.ledger.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The governance rules: bootstrap, participants and roles, accounts, freezes. Changes to the registry are made
 * by a central bank in a transaction the channel's majority endorsement policy must accept.
 */
public final class Governance {
    private final Registry registry;
    private final Ledger ledger;

    public Governance(Registry registry) {
        this.registry = registry;
        this.ledger = registry.ledger();
    }

    /** Writes the default participants and their main accounts once; a second call writes nothing. */
    public BootstrapResult bootstrap() {
        if (registry.bootstrapped()) {
            return new BootstrapResult(false, List.of());
        }
        List<String> created = new ArrayList<>();
        for (Participant p : DefaultParticipants.ALL) {
            if (registry.findParticipant(p.mspId()).isEmpty()) {
                writeParticipant(p);
                writeAccount(new AccountId(p.mspId(), AccountId.MAIN));
                created.add(p.mspId());
            }
        }
        ledger.put(
                Key.of(Registry.CONFIG, "bootstrap"), Map.of("at", ledger.now().toString(), "txId", ledger.txId()));
        ledger.emit("Bootstrapped", Map.of("participants", created));
        return new BootstrapResult(true, created);
    }

    public Participant addParticipant(Caller caller, Participant participant) {
        registry.requireRole(caller, "add participants", Role.CENTRAL_BANK);
        if (registry.findParticipant(participant.mspId()).isPresent()
                || ledger.exists(Key.of(Registry.ALIAS, participant.alias()))) {
            throw LedgerException.of(
                    ErrorCode.ALREADY_EXISTS,
                    "participant %s (alias %s) already exists",
                    participant.mspId(),
                    participant.alias());
        }
        // A name is an MSP ID or an alias, never one participant's MSP ID and another's alias: a reference then names
        // one participant whichever table is read first (Registry#participant reads the likelier one first).
        if (ledger.exists(Key.of(Registry.ALIAS, participant.mspId()))
                || registry.findParticipant(participant.alias()).isPresent()) {
            throw LedgerException.of(
                    ErrorCode.ALREADY_EXISTS,
                    "participant %s (alias %s): a name another participant already uses as an alias or MSP ID",
                    participant.mspId(),
                    participant.alias());
        }
        writeParticipant(participant);
        writeAccount(new AccountId(participant.mspId(), AccountId.MAIN));
        ledger.emit("ParticipantAdded", participant);
        return participant;
    }

    public Participant setRoles(Caller caller, String participantRef, List<Role> roles) {
        registry.requireRole(caller, "change roles", Role.CENTRAL_BANK);
        Participant updated = registry.participant(participantRef).withRoles(roles);
        ledger.put(Key.of(Registry.PARTICIPANT, updated.mspId()), updated);
        ledger.emit("RolesChanged", updated);
        return updated;
    }

    /** Opens an account in the caller's own name. */
    public Account openAccount(Caller caller, String name) {
        registry.caller(caller);
        AccountId id = new AccountId(caller.mspId(), name);
        if (id.earmarked()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "account names starting with '%s' are earmarked bond proceeds accounts, opened by the ledger",
                    AccountId.EARMARKED);
        }
        if (registry.findAccount(id).isPresent()) {
            throw LedgerException.of(ErrorCode.ALREADY_EXISTS, "account %s already exists", id);
        }
        Account account = writeAccount(id);
        ledger.emit("AccountOpened", account);
        return account;
    }

    public Account freeze(Caller caller, AccountId reference, String reason, String orderRef) {
        registry.requireRole(caller, "freeze accounts", Role.REGULATOR);
        if (reason == null || reason.isBlank()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "a freeze needs a reason");
        }
        Account account = registry.account(registry.accountId(reference));
        if (account.frozen()) {
            throw LedgerException.of(ErrorCode.CONFLICT, "account %s is already frozen", account.id());
        }
        Account frozen = new Account(
                account.id(),
                account.owner(),
                account.name(),
                account.openedAt(),
                true,
                reason.strip(),
                blankToNull(orderRef),
                ledger.now());
        putAccount(frozen);
        ledger.emit("AccountFrozen", frozen);
        return frozen;
    }

    public Account unfreeze(Caller caller, AccountId reference) {
        registry.requireRole(caller, "unfreeze accounts", Role.REGULATOR);
        Account account = registry.account(registry.accountId(reference));
        if (!account.frozen()) {
            throw LedgerException.of(ErrorCode.CONFLICT, "account %s is not frozen", account.id());
        }
        Account active =
                new Account(account.id(), account.owner(), account.name(), account.openedAt(), false, null, null, null);
        putAccount(active);
        ledger.emit("AccountUnfrozen", active);
        return active;
    }

    private void writeParticipant(Participant p) {
        ledger.put(Key.of(Registry.PARTICIPANT, p.mspId()), p);
        ledger.put(Key.of(Registry.ALIAS, p.alias()), p.mspId());
    }

    private Account writeAccount(AccountId id) {
        Account account = new Account(id.toString(), id.owner(), id.name(), ledger.now(), false, null, null, null);
        putAccount(account);
        return account;
    }

    private void putAccount(Account account) {
        ledger.put(Key.of(Registry.ACCOUNT, account.owner(), account.name()), account);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
