package io.bondbridge.client.governance;

import io.bondbridge.api.Functions;
import io.bondbridge.api.Json;
import io.bondbridge.api.governance.Account;
import io.bondbridge.api.governance.BootstrapResult;
import io.bondbridge.api.governance.ParamValue;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.api.governance.Role;
import io.bondbridge.client.transport.Transport;
import io.bondbridge.client.transport.TxResult;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Participants and their roles, accounts and freezes.
 *
 * <pre>{@code
 * try (BondBridge pboc = BondBridge.open(ledger.transport("centralbank"))) {
 *     pboc.governance().addParticipant(
 *             new Participant("BankCMSP", "bankc", "AE", List.of(), List.of(Role.BANK)));
 *     pboc.governance().setRoles("bankc", List.of(Role.BANK, Role.CUSTODIAN));
 * }
 * }</pre>
 */
public final class GovernanceClient {
    private final Transport transport;

    public GovernanceClient(Transport transport) {
        this.transport = transport;
    }

    /** Result of {@link #init()}. */
    public record InitResult(String txId, boolean created, List<String> participants) {}

    /** Bootstraps the default participants; idempotent. */
    public InitResult init() {
        TxResult r = transport.submit(Functions.Governance.NAME, Functions.Governance.INIT);
        BootstrapResult b = Json.read(r.payload(), BootstrapResult.class);
        return new InitResult(r.txId(), b.created(), b.participants() == null ? List.of() : b.participants());
    }

    private record Participants(List<Participant> participants) {}

    private record Accounts(List<Account> accounts) {}

    public List<Participant> participants() {
        return Json.read(
                        transport.evaluate(Functions.Governance.NAME, Functions.Governance.LIST_PARTICIPANTS),
                        Participants.class)
                .participants();
    }

    /** A committed change and the record it left. */
    public record Change<T>(String txId, T value) {}

    /**
     * Adds a participant, with its {@code main} account (central banks only). Its roles, not any argument, decide
     * what the new identity may do from then on.
     *
     * @throws io.bondbridge.client.transport.BondBridgeException {@code FORBIDDEN} unless you are a central bank;
     *     {@code ALREADY_EXISTS} when its MSP ID or alias is taken
     */
    public Change<Participant> addParticipant(Participant participant) {
        Objects.requireNonNull(participant, "participant");
        return participant(transport.submit(
                Functions.Governance.NAME, Functions.Governance.ADD_PARTICIPANT, Json.write(participant)));
    }

    /**
     * Replaces the roles of {@code participant} (alias or MSP ID) with {@code roles} (central banks only).
     *
     * @throws io.bondbridge.client.transport.BondBridgeException {@code FORBIDDEN} unless you are a central bank;
     *     {@code NOT_FOUND} for an unknown participant
     */
    public Change<Participant> setRoles(String participant, List<Role> roles) {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(roles, "roles");
        String csv = roles.stream().map(Role::name).collect(Collectors.joining(","));
        return participant(
                transport.submit(Functions.Governance.NAME, Functions.Governance.SET_ROLES, participant, csv));
    }

    public Change<Account> openAccount(String name) {
        return account(transport.submit(Functions.Governance.NAME, Functions.Governance.OPEN_ACCOUNT, name));
    }

    public Account account(String reference) {
        return Json.read(
                transport.evaluate(Functions.Governance.NAME, Functions.Governance.GET_ACCOUNT, reference),
                Account.class);
    }

    /** Accounts of one organization (alias or MSP ID), or all when {@code owner} is null. */
    public List<Account> accounts(String owner) {
        return Json.read(
                        transport.evaluate(
                                Functions.Governance.NAME,
                                Functions.Governance.LIST_ACCOUNTS,
                                owner == null ? "" : owner),
                        Accounts.class)
                .accounts();
    }

    public Change<Account> freeze(String reference, String reason, String orderRef) {
        return account(transport.submit(
                Functions.Governance.NAME,
                Functions.Governance.FREEZE_ACCOUNT,
                reference,
                reason,
                orderRef == null ? "" : orderRef));
    }

    public Change<Account> unfreeze(String reference) {
        return account(transport.submit(Functions.Governance.NAME, Functions.Governance.UNFREEZE_ACCOUNT, reference));
    }

    private static Change<Account> account(TxResult r) {
        return new Change<>(r.txId(), Json.read(r.payload(), Account.class));
    }

    private static Change<Participant> participant(TxResult r) {
        return new Change<>(r.txId(), Json.read(r.payload(), Participant.class));
    }

    private record Parameters(List<ParamValue> parameters) {}

    private record Versions(List<ParamValue> versions) {}

    /**
     * The owning role sets a governed parameter (by key, {@code bandLowPct}); {@code reason} may be null. The old
     * value, who and when are kept.
     */
    public ParamValue setParameter(String name, String value, String reason) {
        TxResult r = transport.submit(
                Functions.Governance.NAME,
                Functions.Governance.SET_PARAMETER,
                name,
                value,
                reason == null ? "" : reason);
        return Json.read(r.payload(), ParamValue.class);
    }

    /** Every governed parameter with its value in force. */
    public List<ParamValue> parameters() {
        return Json.read(
                        transport.evaluate(Functions.Governance.NAME, Functions.Governance.LIST_PARAMETERS),
                        Parameters.class)
                .parameters();
    }

    /** A parameter's default, then each change, oldest first. */
    public List<ParamValue> parameterHistory(String name) {
        return Json.read(
                        transport.evaluate(Functions.Governance.NAME, Functions.Governance.PARAMETER_HISTORY, name),
                        Versions.class)
                .versions();
    }
}
