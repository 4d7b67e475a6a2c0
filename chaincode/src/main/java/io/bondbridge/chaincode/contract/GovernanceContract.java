package io.bondbridge.chaincode.contract;

import io.bondbridge.chaincode.governance.AccountId;
import io.bondbridge.chaincode.governance.Governance;
import io.bondbridge.chaincode.governance.Participant;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.governance.Role;
import io.bondbridge.chaincode.ledger.BondBridgeContext;
import io.bondbridge.chaincode.ledger.Json;
import io.bondbridge.chaincode.ledger.LedgerContract;
import java.util.Map;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** Participants, roles, accounts and freezes. */
@Contract(name = "governance", info = @Info(title = "bondbridge governance", version = "0.1.0"))
@Default
public final class GovernanceContract implements LedgerContract {

    /** Bootstraps the default participants; idempotent. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String init(BondBridgeContext ctx) {
        return Json.write(governance(ctx).bootstrap());
    }

    /** A central bank adds a participant: JSON {@code {mspId, alias, jurisdiction, currencies, roles}}. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String addParticipant(BondBridgeContext ctx, String participantJson) {
        Participant p = Json.read(Args.required(participantJson, "participant"), Participant.class);
        return Json.write(governance(ctx).addParticipant(ctx.caller(), p));
    }

    /** A central bank replaces a participant's roles (comma-separated). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String setRoles(BondBridgeContext ctx, String participant, String roles) {
        return Json.write(governance(ctx)
                .setRoles(
                        ctx.caller(),
                        Args.required(participant, "participant"),
                        Args.enumList(Role.class, roles, "role")));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listParticipants(BondBridgeContext ctx) {
        return Json.write(Map.of("participants", new Registry(ctx.ledger()).participants()));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getParticipant(BondBridgeContext ctx, String participant) {
        return Json.write(new Registry(ctx.ledger()).participant(Args.required(participant, "participant")));
    }

    /** Opens an account named {@code name} owned by the caller's organization. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String openAccount(BondBridgeContext ctx, String name) {
        return Json.write(governance(ctx).openAccount(ctx.caller(), Args.required(name, "name")));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getAccount(BondBridgeContext ctx, String account) {
        return Json.write(new Registry(ctx.ledger()).account(Args.required(account, "account")));
    }

    /** Accounts of one participant, or of all when {@code owner} is empty. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listAccounts(BondBridgeContext ctx, String owner) {
        Registry registry = new Registry(ctx.ledger());
        String o = Args.optional(owner);
        return Json.write(Map.of(
                "accounts",
                registry.accounts(o == null ? null : registry.participant(o).mspId())));
    }

    /** The regulator freezes an account; {@code orderRef} points at the legal order (may be empty). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String freezeAccount(BondBridgeContext ctx, String account, String reason, String orderRef) {
        return Json.write(governance(ctx).freeze(ctx.caller(), Args.required(account, "account"), reason, orderRef));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String unfreezeAccount(BondBridgeContext ctx, String account) {
        return Json.write(governance(ctx).unfreeze(ctx.caller(), Args.required(account, "account")));
    }

    /** Canonical form of an account reference ({@code banka:main} to {@code BankAMSP:main}). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String resolveAccount(BondBridgeContext ctx, String account) {
        AccountId id = new Registry(ctx.ledger()).accountId(Args.required(account, "account"));
        return Json.write(Map.of("account", id.toString(), "owner", id.owner(), "name", id.name()));
    }

    private static Governance governance(BondBridgeContext ctx) {
        return new Governance(new Registry(ctx.ledger()));
    }
}
