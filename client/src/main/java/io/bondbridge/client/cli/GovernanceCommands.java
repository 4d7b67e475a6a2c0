package io.bondbridge.client.cli;

import io.bondbridge.api.governance.Account;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.client.governance.GovernanceClient;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code init}, {@code participant ...}, {@code account ...}. */
final class GovernanceCommands {
    private GovernanceCommands() {}

    @Command(name = "init", description = "Bootstrap the default participants and roles (idempotent).")
    static final class Init extends CliCommand {
        @Override
        void run(Session s) {
            GovernanceClient.InitResult r = s.bridge().governance().init();
            s.print(
                    r,
                    () -> s.out.println(
                            r.created()
                                    ? "initialized: " + String.join(", ", r.participants()) + " (tx " + r.txId() + ")"
                                    : "already initialized (tx " + r.txId() + " wrote nothing)"));
        }
    }

    @Command(
            name = "participant",
            description = "Participants of the ledger.",
            subcommands = {ParticipantList.class})
    static final class ParticipantGroup {}

    @Command(name = "list", description = "List participants with jurisdiction, currencies and roles.")
    static final class ParticipantList extends CliCommand {
        @Override
        void run(Session s) {
            var participants = s.bridge().governance().participants();
            s.print(Map.of("participants", participants), () -> {
                Table t = new Table("ORG", "MSP ID", "JURISDICTION", "CURRENCIES", "ROLES");
                for (Participant p : participants) {
                    t.row(
                            p.alias(),
                            p.mspId(),
                            p.jurisdiction(),
                            String.join(",", p.currencies()),
                            String.join(",", p.roles().stream().map(Enum::name).toList()));
                }
                t.print(s.out);
            });
        }
    }

    @Command(
            name = "account",
            description = "Open, freeze and unfreeze accounts.",
            subcommands = {
                AccountOpen.class,
                AccountFreeze.class,
                AccountUnfreeze.class,
                AccountShow.class,
                AccountList.class
            })
    static final class AccountGroup {}

    @Command(name = "open", description = "Open an account in your own organization's name (ORG:name or name).")
    static final class AccountOpen extends CliCommand {
        @Parameters(paramLabel = "ACCOUNT")
        String account;

        @Override
        void run(Session s) {
            String name = account;
            int colon = account.lastIndexOf(':');
            if (colon >= 0) {
                String owner = account.substring(0, colon);
                String msp = io.bondbridge.api.governance.DefaultParticipants.mspId(owner);
                if (!owner.equalsIgnoreCase(s.org()) && !s.mspId().equals(msp == null ? owner : msp)) {
                    throw new UsageException("an organization opens accounts in its own name only: " + account
                            + " is not " + s.org() + "'s (use --as)");
                }
                name = account.substring(colon + 1);
            }
            var r = s.bridge().governance().openAccount(name);
            printAccount(s, r);
        }
    }

    @Command(name = "freeze", description = "Freeze an account (regulator only).")
    static final class AccountFreeze extends CliCommand {
        @Parameters(paramLabel = "ACCOUNT")
        String account;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Option(names = "--order-ref", paramLabel = "REF", description = "reference to the legal order")
        String orderRef;

        @Override
        void run(Session s) {
            AccountId.parse(account, "ACCOUNT");
            if (reason.isBlank()) {
                throw new UsageException("--reason must not be empty");
            }
            printAccount(s, s.bridge().governance().freeze(account, reason, orderRef));
        }
    }

    @Command(name = "unfreeze", description = "Lift a freeze (regulator only).")
    static final class AccountUnfreeze extends CliCommand {
        @Parameters(paramLabel = "ACCOUNT")
        String account;

        @Override
        void run(Session s) {
            AccountId.parse(account, "ACCOUNT");
            printAccount(s, s.bridge().governance().unfreeze(account));
        }
    }

    @Command(name = "show", description = "Show one account.")
    static final class AccountShow extends CliCommand {
        @Parameters(paramLabel = "ACCOUNT")
        String account;

        @Override
        void run(Session s) {
            AccountId.parse(account, "ACCOUNT");
            Account a = s.bridge().governance().account(account);
            s.print(a, () -> describe(s, a));
        }
    }

    @Command(name = "list", description = "List accounts, of one organization with --owner.")
    static final class AccountList extends CliCommand {
        @Option(names = "--owner", paramLabel = "ORG")
        String owner;

        @Override
        void run(Session s) {
            var accounts = s.bridge().governance().accounts(owner);
            s.print(Map.of("accounts", accounts), () -> {
                Table t = new Table("ACCOUNT", "FROZEN", "OPENED");
                for (Account a : accounts) {
                    t.row(a.id(), a.frozen() ? "yes: " + a.freezeReason() : "no", a.openedAt());
                }
                t.print(s.out);
            });
        }
    }

    private static void printAccount(Session s, GovernanceClient.Change<Account> r) {
        var json = Session.object(r.value());
        json.addProperty("txId", r.txId());
        s.print(json, () -> {
            describe(s, r.value());
            s.out.println("tx " + r.txId());
        });
    }

    private static void describe(Session s, Account a) {
        s.out.println(a.id()
                + (a.frozen()
                        ? "  FROZEN (" + a.freezeReason() + (a.orderRef() == null ? "" : ", order " + a.orderRef())
                                + ")"
                        : "  active"));
    }
}
