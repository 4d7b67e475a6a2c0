package io.bondbridge.client.cli;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.stable.Balance;
import io.bondbridge.api.stable.MintResult;
import io.bondbridge.api.stable.RebalanceResult;
import io.bondbridge.api.stable.StableRedeemResult;
import io.bondbridge.api.stable.StableSupply;
import io.bondbridge.api.stable.StableTransferResult;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stable mint|transfer|redeem|balance|supply|rebalance}. */
final class StableCommands {
    private StableCommands() {}

    @Command(
            name = "stable",
            description = "Reserve-backed stable units.",
            subcommands = {
                Mint.class,
                Transfer.class,
                Redeem.class,
                BalanceCommand.class,
                SupplyCommand.class,
                RebalanceCommand.class
            })
    static final class Group {}

    /** An amount of {@code currency} as sent: checked ({@link Amount#positive}) and in plain form. */
    static String amount(String text, String currency, String what) {
        Amount.positive(text, currency, what);
        return Session.plain(text);
    }

    @Command(
            name = "mint",
            description = "Mint units to an account (the currency's issuer; the reserve must cover them).")
    static final class Mint extends CliCommand {
        @Parameters(paramLabel = "CURRENCY")
        String currency;

        @Option(names = "--to", required = true, paramLabel = "ACCOUNT")
        String to;

        @Option(names = "--amount", required = true, paramLabel = "X")
        String amount;

        @Override
        void run(Session s) {
            Currencies.require(currency);
            AccountId.parse(to, "--to");
            String a = amount(amount, currency, "--amount");
            MintResult r = s.bridge().stableUnits().mint(currency, to, a);
            s.print(r, () -> {
                s.out.printf("minted %s %s to %s; balance %s%n", r.amount(), r.currency(), r.account(), r.balance());
                if (r.exact()) {
                    s.out.printf(
                            "units outstanding %s, coverage %s against reserve digest %s (exact check, headroom"
                                    + " rebalanced)%n",
                            r.unitsOutstanding(), r.coverage(), r.reserveDigest());
                } else {
                    s.out.printf(
                            "drawn from headroom shard %s granted against reserve digest %s; units outstanding and"
                                    + " coverage: see `stable supply` / `audit reserves`%n",
                            r.shard(), r.reserveDigest());
                }
                if (r.shardHeadroom() != null) {
                    s.out.printf("headroom left on shard %s: %s%n", r.shard(), r.shardHeadroom());
                }
                s.out.println("tx " + r.txId());
            });
        }
    }

    @Command(name = "transfer", description = "Move units between accounts (you must own --from).")
    static final class Transfer extends CliCommand {
        @Parameters(paramLabel = "CURRENCY")
        String currency;

        @Option(names = "--from", required = true, paramLabel = "A")
        String from;

        @Option(names = "--to", required = true, paramLabel = "B")
        String to;

        @Option(names = "--amount", required = true, paramLabel = "X")
        String amount;

        @Override
        void run(Session s) {
            Currencies.require(currency);
            AccountId.parse(from, "--from");
            AccountId.parse(to, "--to");
            String a = amount(amount, currency, "--amount");
            StableTransferResult r = s.bridge().stableUnits().transfer(currency, from, to, a);
            s.print(r, () -> {
                s.out.printf(
                        "%s %s from %s (now %s) to %s (now %s)%n",
                        r.amount(), r.currency(), r.from(), r.fromBalance(), r.to(), r.toBalance());
                s.out.println("tx " + r.txId());
            });
        }
    }

    @Command(name = "redeem", description = "Burn units of your account; records a payout instruction to the issuer.")
    static final class Redeem extends CliCommand {
        @Parameters(paramLabel = "CURRENCY")
        String currency;

        @Option(names = "--from", required = true, paramLabel = "A")
        String from;

        @Option(names = "--amount", required = true, paramLabel = "X")
        String amount;

        @Override
        void run(Session s) {
            Currencies.require(currency);
            AccountId.parse(from, "--from");
            String a = amount(amount, currency, "--amount");
            StableRedeemResult r = s.bridge().stableUnits().redeem(currency, from, a);
            s.print(r, () -> {
                s.out.printf(
                        "redeemed %s %s from %s; balance %s%n", r.amount(), r.currency(), r.account(), r.balance());
                s.out.printf(
                        "payout instruction %s: %s pays %s %s to %s (%s)%n",
                        r.payout().id(),
                        r.payout().payer(),
                        r.payout().amount(),
                        r.payout().currency(),
                        r.payout().account(),
                        r.payout().status());
                s.out.println("tx " + r.txId());
            });
        }
    }

    @Command(name = "balance", description = "Balances: of one account with --account, else of all your accounts.")
    static final class BalanceCommand extends CliCommand {
        @Parameters(paramLabel = "CURRENCY", arity = "0..1")
        String currency;

        @Option(names = "--account", paramLabel = "A")
        String account;

        @Override
        void run(Session s) {
            if (currency != null) {
                Currencies.require(currency);
            }
            if (account != null) {
                AccountId.parse(account, "--account");
            }
            if (currency != null && account != null) {
                Balance b = s.bridge().stableUnits().balance(currency, account);
                s.print(b, () -> s.out.printf("%s  %s %s%n", b.account(), b.balance(), b.currency()));
                return;
            }
            List<Balance> balances = s.bridge().stableUnits().balances(currency, account);
            s.print(Map.of("balances", balances), () -> {
                Table t = new Table("ACCOUNT", "CURRENCY", "BALANCE");
                for (Balance b : balances) {
                    t.row(b.account(), b.currency(), b.balance());
                }
                t.print(s.out);
            });
        }
    }

    @Command(name = "supply", description = "Units minted, redeemed and outstanding of a currency.")
    static final class SupplyCommand extends CliCommand {
        @Parameters(paramLabel = "CURRENCY")
        String currency;

        @Override
        void run(Session s) {
            Currencies.require(currency);
            StableSupply r = s.bridge().stableUnits().supply(currency);
            s.print(
                    r,
                    () -> s.out.printf(
                            "%s issued by %s: minted %s, redeemed %s, outstanding %s%n",
                            r.currency(),
                            r.issuer() == null ? "(nobody yet)" : r.issuer(),
                            r.minted(),
                            r.redeemed(),
                            r.unitsOutstanding()));
        }
    }

    @Command(
            name = "rebalance",
            description = "Redistribute the mint headroom of a currency over its shards (the currency's issuer).")
    static final class RebalanceCommand extends CliCommand {
        @Parameters(paramLabel = "CURRENCY")
        String currency;

        @Override
        void run(Session s) {
            Currencies.require(currency);
            RebalanceResult r = s.bridge().stableUnits().rebalance(currency);
            s.print(r, () -> {
                s.out.printf(
                        "%s: units outstanding %s, reserve after haircuts %s, capacity %s, coverage %s%n",
                        r.currency(),
                        r.unitsOutstanding(),
                        r.reserveValueAfterHaircuts(),
                        r.capacity() == null ? "(unbounded)" : r.capacity(),
                        r.coverage() == null ? "-" : r.coverage().toPlainString());
                s.out.printf(
                        "headroom %s over %d shards, against reserve digest %s%n",
                        r.headroom(), r.shards(), r.reserveDigest());
                for (String b : r.breaches()) {
                    s.out.println("policy breach (no headroom granted): " + b);
                }
                s.out.println("tx " + r.txId());
            });
        }
    }
}
