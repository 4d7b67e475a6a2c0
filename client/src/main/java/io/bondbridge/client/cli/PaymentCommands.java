package io.bondbridge.client.cli;

import io.bondbridge.api.Currencies;
import io.bondbridge.api.Parse;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.payment.FxQuote;
import io.bondbridge.api.payment.Ids;
import io.bondbridge.api.payment.Payment;
import io.bondbridge.api.payment.PaymentResult;
import io.bondbridge.client.payment.PaymentClient;
import io.bondbridge.client.payment.PaymentView;
import io.bondbridge.client.payment.SendRequest;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code payment send|show|list|verify|reject|return|quote|quotes}. */
final class PaymentCommands {
    private PaymentCommands() {}

    @Command(
            name = "payment",
            description = "Cross-border payments: gross, PvP or queued into a netting cycle; details private to the"
                    + " two agents and the regulator.",
            subcommands = {
                Send.class,
                Show.class,
                ListCommand.class,
                Verify.class,
                Reject.class,
                Return.class,
                Quote.class,
                Quotes.class
            })
    static final class Group {}

    /** An FX rate as sent: checked ({@link Parse#exchangeRate}) and in plain form. */
    static String rate(String text, String what) {
        Parse.exchangeRate(text, FxQuote.RATE_SCALE, what);
        return Session.plain(text);
    }

    @Command(
            name = "send",
            description = "Send a payment from your account --from (you are the debtor agent); with"
                    + " --settle-currency, --rate and --fx-provider it is PvP through the provider's standing quote; with"
                    + " --cycle it is queued for netting instead of settled now.")
    static final class Send extends CliCommand {
        @Parameters(paramLabel = "E2E_ID", description = "end-to-end id, unique on the ledger")
        String e2eId;

        @Option(names = "--corridor", required = true, paramLabel = "ID")
        String corridor;

        @Option(names = "--from", required = true, paramLabel = "A", description = "your account that pays")
        String from;

        @Option(names = "--to", required = true, paramLabel = "B", description = "the creditor agent's account")
        String to;

        @Option(names = "--amount", required = true, paramLabel = "X")
        String amount;

        @Option(names = "--currency", required = true, paramLabel = "C")
        String currency;

        @Option(names = "--settle-currency", paramLabel = "D")
        String settleCurrency;

        @Option(names = "--rate", paramLabel = "R", description = "1 C = R D, the FX provider's quoted rate")
        String rate;

        @Option(names = "--fx-provider", paramLabel = "ACCOUNT")
        String fxProvider;

        @Option(names = "--debtor", paramLabel = "NAME", description = "the paying customer (private)")
        String debtor;

        @Option(names = "--creditor", paramLabel = "NAME", description = "the receiving customer (private)")
        String creditor;

        @Option(names = "--purpose", paramLabel = "CODE")
        String purpose;

        @Option(names = "--info", paramLabel = "TEXT", description = "remittance information (private)")
        String info;

        @Option(names = "--cycle", paramLabel = "CYCLE")
        String cycle;

        @Override
        void run(Session s) {
            Ids.require(e2eId, "E2E_ID");
            Ids.require(corridor, "--corridor");
            AccountId.parse(from, "--from");
            AccountId.parse(to, "--to");
            Currencies.require(currency);
            String a = StableCommands.amount(amount, currency, "--amount");
            SendRequest r =
                    SendRequest.of(e2eId, corridor, from, to, a, currency).withParties(debtor, creditor);
            if (settleCurrency != null || rate != null || fxProvider != null) {
                if (settleCurrency == null || rate == null || fxProvider == null) {
                    throw new UsageException("PvP needs --settle-currency, --rate and --fx-provider together");
                }
                Currencies.require(settleCurrency);
                AccountId.parse(fxProvider, "--fx-provider");
                r = r.withFx(settleCurrency, rate(rate, "--rate"), fxProvider);
            }
            if (purpose != null) {
                Ids.require(purpose, "--purpose");
            }
            if (info != null && info.length() > 140) {
                throw new UsageException("--info must be at most 140 characters");
            }
            r = r.withPurpose(purpose, info);
            if (cycle != null) {
                r = r.inCycle(Ids.require(cycle, "--cycle"));
            }
            SendRequest sent = r;
            PaymentResult res = s.bridge().payments().send(sent);
            s.print(res, () -> {
                s.out.printf(
                        "%s %s %s %s from %s to %s on %s%s%n",
                        res.e2eId(),
                        res.status(),
                        sent.amount(),
                        sent.currency(),
                        sent.from(),
                        sent.to(),
                        res.corridor(),
                        sent.settleCurrency() == null
                                ? ""
                                : " (PvP: settled in " + sent.settleCurrency() + " at " + sent.rate() + " via "
                                        + sent.fxProvider() + ")");
                if (res.cycle() != null) {
                    s.out.printf("queued in netting cycle %s: no funds move until it closes%n", res.cycle());
                }
                s.out.printf(
                        "alert: %s; on the channel: hash %s%n",
                        res.alert() ? "YES (USD threshold reached)" : "no", res.hash());
                s.out.println("tx " + res.txId());
            });
        }
    }

    @Command(
            name = "show",
            description = "A payment: its public record; amounts and parties too when your"
                    + " organization is one of its agents or the regulator.")
    static final class Show extends CliCommand {
        @Parameters(paramLabel = "E2E_ID")
        String e2eId;

        @Override
        void run(Session s) {
            Ids.require(e2eId, "E2E_ID");
            PaymentView v = s.bridge().payments().show(e2eId);
            s.print(v, () -> {
                s.out.printf(
                        "%s on %s: %s since %s%s; alert: %s%n",
                        v.e2eId(),
                        v.corridor(),
                        v.status(),
                        v.statusAt(),
                        v.statusReason() == null ? "" : " (" + v.statusReason() + ")",
                        v.alert() ? "yes" : "no");
                s.out.printf("hash %s%s%n", v.hash(), v.cycle() == null ? "" : "; netting cycle " + v.cycle());
                if (!v.visible()) {
                    s.out.println("details: private to "
                            + v.collection().substring(3).replace('_', ' ') + " and the regulator");
                    return;
                }
                s.out.printf(
                        "%s %s from %s (%s, agent %s) to %s (%s, agent %s)%n",
                        v.amount(),
                        v.currency(),
                        v.debtor(),
                        v.debtorAccount(),
                        v.debtorAgent(),
                        v.creditor(),
                        v.creditorAccount(),
                        v.creditorAgent());
                if (v.fxProvider() != null) {
                    s.out.printf(
                            "PvP: settled %s %s at %s via %s%n",
                            v.settleAmount(),
                            v.settleCurrency(),
                            v.rate().stripTrailingZeros().toPlainString(),
                            v.fxProvider());
                }
                s.out.printf(
                        "purpose %s; remittance %s; charges %s; details match the hash: %s%n",
                        v.purpose() == null ? "-" : v.purpose(),
                        v.remittanceInfo() == null ? "-" : v.remittanceInfo(),
                        v.chargeBearer(),
                        Boolean.TRUE.equals(v.verified()) ? "yes" : "NO");
            });
        }
    }

    @Command(name = "list", description = "Public records of payments (no amounts, no parties).")
    static final class ListCommand extends CliCommand {
        @Option(names = "--corridor", paramLabel = "ID")
        String corridor;

        @Override
        void run(Session s) {
            if (corridor != null) {
                Ids.require(corridor, "--corridor");
            }
            List<Payment> payments = s.bridge().payments().list(corridor);
            s.print(Map.of("payments", payments), () -> {
                Table t = new Table("E2E_ID", "CORRIDOR", "STATUS", "ALERT", "CYCLE", "SINCE");
                for (Payment p : payments) {
                    t.row(p.e2eId(), p.corridor(), p.status(), p.alert() ? "yes" : "no", p.cycle(), p.statusAt());
                }
                t.print(s.out);
            });
        }
    }

    @Command(
            name = "verify",
            description = "Recompute the salted hash of a payment's private details (members"
                    + " only) and compare it with the hash on the channel.")
    static final class Verify extends CliCommand {
        @Parameters(paramLabel = "E2E_ID")
        String e2eId;

        @Override
        void run(Session s) {
            Ids.require(e2eId, "E2E_ID");
            PaymentClient.Verification v = s.bridge().payments().verify(e2eId);
            s.print(
                    v,
                    () -> s.out.printf(
                            "%s: details %s the channel's hash %s%n",
                            v.e2eId(), v.matches() ? "match" : "DO NOT match", v.hash()));
        }
    }

    /** A status change of one payment with a reason: reject and return take the same arguments. */
    abstract static class StatusChange extends CliCommand {
        @Parameters(paramLabel = "E2E_ID")
        String e2eId;

        @Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        void run(Session s) {
            Ids.require(e2eId, "E2E_ID");
            if (reason.isBlank()) {
                throw new UsageException("--reason must not be empty");
            }
            PaymentResult r = apply(s.bridge().payments());
            s.print(r, () -> s.out.printf("%s %s%ntx %s%n", r.e2eId(), r.status(), r.txId()));
        }

        abstract PaymentResult apply(PaymentClient payments);
    }

    @Command(
            name = "reject",
            description = "Reject a payment queued in an open netting cycle (its agents or the" + " cycle's operator).")
    static final class Reject extends StatusChange {
        @Override
        PaymentResult apply(PaymentClient payments) {
            return payments.reject(e2eId, reason);
        }
    }

    @Command(
            name = "return",
            description = "Return a settled single-currency payment to its debtor agent (the" + " creditor agent).")
    static final class Return extends StatusChange {
        @Override
        PaymentResult apply(PaymentClient payments) {
            return payments.returnPayment(e2eId, reason);
        }
    }

    @Command(
            name = "quote",
            description = "Publish your standing FX quote (your consent to PvP payments through"
                    + " your account): 1 BASE = RATE QUOTE until --valid-until.")
    static final class Quote extends CliCommand {
        @Parameters(paramLabel = "BASE/QUOTE", description = "e.g. CNY/HKD")
        String pair;

        @Option(names = "--account", required = true, paramLabel = "A")
        String account;

        @Option(names = "--rate", required = true, paramLabel = "R")
        String rate;

        @Option(names = "--valid-until", required = true, paramLabel = "INSTANT")
        String validUntil;

        @Override
        void run(Session s) {
            String[] parts = pair.split("/", -1);
            if (parts.length != 2) {
                throw new UsageException("BASE/QUOTE '" + pair + "' is not of the form CNY/HKD");
            }
            Currencies.require(parts[0]);
            Currencies.require(parts[1]);
            AccountId.parse(account, "--account");
            String r = rate(rate, "--rate");
            String until = Parse.instantOrDate(validUntil, "--valid-until").toString();
            FxQuote q = s.bridge().payments().quote(account, parts[0], parts[1], r, until);
            s.print(q, () -> {
                s.out.printf(
                        "%s quotes 1 %s = %s %s on %s until %s%n",
                        q.provider(),
                        q.base(),
                        q.rate().stripTrailingZeros().toPlainString(),
                        q.quote(),
                        q.account(),
                        q.validUntil());
                s.out.println("tx " + q.txId());
            });
        }
    }

    @Command(name = "quotes", description = "Standing FX quotes.")
    static final class Quotes extends CliCommand {
        @Override
        void run(Session s) {
            List<FxQuote> quotes = s.bridge().payments().quotes();
            s.print(Map.of("quotes", quotes), () -> {
                Table t = new Table("PROVIDER", "ACCOUNT", "PAIR", "RATE", "VALID UNTIL");
                for (FxQuote q : quotes) {
                    t.row(
                            q.provider(),
                            q.account(),
                            q.base() + "/" + q.quote(),
                            q.rate().stripTrailingZeros().toPlainString(),
                            q.validUntil());
                }
                t.print(s.out);
            });
        }
    }
}
