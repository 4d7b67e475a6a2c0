package io.bondbridge.chaincode.contract;

import io.bondbridge.api.Functions;
import io.bondbridge.api.Json;
import io.bondbridge.api.Parse;
import io.bondbridge.api.governance.Account;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.governance.Param;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.api.governance.Role;
import io.bondbridge.chaincode.governance.Parameters;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.stable.Settlement;
import java.util.Map;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Participants, roles, accounts, freezes and the governed parameters. */
@Contract(name = Functions.Governance.NAME, info = @Info(title = "bondbridge governance", version = "0.1.0"))
@Default
public final class GovernanceContract implements FeatureContract {
    /**
     * The bootstrap, which registers the first participants, and the participant list, which answers (empty) on
     * a ledger not yet bootstrapped.
     */
    @Override
    public boolean openToUnregistered(String function) {
        return function.equals(Functions.Governance.INIT) || function.equals(Functions.Governance.LIST_PARTICIPANTS);
    }

    /** Bootstraps the default participants; idempotent. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String init(TxContext ctx) {
        return ctx.reply(() -> ctx.governance().bootstrap());
    }

    /** A central bank adds a participant: JSON {@code {mspId, alias, jurisdiction, currencies, roles}}. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String addParticipant(TxContext ctx, String participantJson) {
        return ctx.reply(() -> {
            Participant p = Json.read(Args.required(participantJson, "participant"), Participant.class);
            return ctx.governance().addParticipant(ctx.caller(), p);
        });
    }

    /** A central bank replaces a participant's roles (comma-separated). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String setRoles(TxContext ctx, String participant, String roles) {
        return ctx.reply(() -> ctx.governance()
                .setRoles(
                        ctx.caller(),
                        Args.required(participant, "participant"),
                        Args.enumList(Role.class, roles, "role")));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listParticipants(TxContext ctx) {
        return ctx.reply(() -> Map.of("participants", ctx.registry().participants()));
    }

    /** Opens an account named {@code name} owned by the caller's organization. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String openAccount(TxContext ctx, String name) {
        return ctx.reply(() -> ctx.governance().openAccount(ctx.caller(), Args.required(name, "name")));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getAccount(TxContext ctx, String account) {
        return ctx.reply(() -> {
            Registry registry = ctx.registry();
            return registry.account(registry.accountId(AccountId.parse(account, "account")));
        });
    }

    /** Accounts of one participant, or of all when {@code owner} is empty. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listAccounts(TxContext ctx, String owner) {
        return ctx.reply(() -> {
            Registry registry = ctx.registry();
            String o = Args.optional(owner);
            return Map.of(
                    "accounts",
                    registry.accounts(o == null ? null : registry.participant(o).mspId()));
        });
    }

    /** The regulator freezes an account; {@code orderRef} points at the legal order (may be empty). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String freezeAccount(TxContext ctx, String account, String reason, String orderRef) {
        return ctx.reply(() -> {
            Account frozen =
                    ctx.governance().freeze(ctx.caller(), AccountId.parse(account, "account"), reason, orderRef);
            // Balance rows vouch for an active account to the legs that read them; this freeze takes that back.
            Settlement.clearActiveMarks(ctx.ledger(), frozen.accountId());
            return frozen;
        });
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String unfreezeAccount(TxContext ctx, String account) {
        return ctx.reply(() -> ctx.governance().unfreeze(ctx.caller(), AccountId.parse(account, "account")));
    }

    /** The owning role sets a governed parameter ({@code bandLowPct}...) to a decimal value; {@code reason} may be empty. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String setParameter(TxContext ctx, String name, String value, String reason) {
        return ctx.reply(() -> {
            Param p = Parameters.param(Args.required(name, "parameter"));
            return ctx.parameters()
                    .set(ctx.caller(), p, Parse.decimal(Args.required(value, "value"), Param.SCALE, p.key()), reason);
        });
    }

    /** Every governed parameter with its value in force, default, owner and last change. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listParameters(TxContext ctx) {
        return ctx.reply(() -> Map.of("parameters", ctx.parameters().list(ctx.caller())));
    }

    /** A parameter's default and every change, oldest first. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String parameterHistory(TxContext ctx, String name) {
        return ctx.reply(() -> Map.of(
                "versions",
                ctx.parameters().history(ctx.caller(), Parameters.param(Args.required(name, "parameter")))));
    }
}
