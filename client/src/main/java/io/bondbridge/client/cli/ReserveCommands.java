package io.bondbridge.client.cli;

import io.bondbridge.api.Currencies;
import io.bondbridge.api.Parse;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.api.stable.Decimals;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.api.stable.ReserveChangeResult;
import io.bondbridge.api.stable.ReservePolicy;
import io.bondbridge.api.stable.ReservePolicyResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reserve add|update|remove|policy|list|show}. */
final class ReserveCommands {
    private ReserveCommands() {}

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Command(
            name = "reserve",
            description = "Reserve assets (custodians) and reserve policy (the currency's issuer).",
            subcommands = {Add.class, Update.class, Remove.class, Policy.class, ListAssets.class, Show.class})
    static final class Group {}

    static String percent(BigDecimal ratio) {
        return ratio == null ? "-" : Decimals.percent(ratio);
    }

    // ---- commands ----

    @Command(name = "add", description = "Record a reserve asset you hold (custodians).")
    static final class Add extends CliCommand {
        @Parameters(paramLabel = "ASSET")
        String asset;

        @Option(names = "--currency", required = true, paramLabel = "C", description = "currency of the unit price")
        String currency;

        @Option(
                names = "--reserve",
                paramLabel = "CUR",
                description =
                        "the stable currency this asset backs (default: --currency); e.g. a USD deposit backing CNY")
        String reserve;

        @Option(
                names = "--class",
                required = true,
                paramLabel = "CLASS",
                description = "CASH, TBILL, GOV_BOND, GOLD, FX_DEPOSIT or METAL_CERTIFICATE")
        AssetClass assetClass;

        @Option(names = "--quantity", required = true, paramLabel = "Q")
        String quantity;

        @Option(names = "--price", required = true, paramLabel = "P", description = "price of one unit in --currency")
        String price;

        @Option(names = "--maturity", paramLabel = "D", description = "maturity date (required for TBILL and GOV_BOND)")
        String maturity;

        @Option(
                names = "--custodian",
                paramLabel = "ORG",
                description = "default: you; or an outside sub-custodian's name")
        String custodian;

        @Option(
                names = "--issuer",
                paramLabel = "NAME",
                description = "whose obligation it is (default: the custodian)")
        String issuer;

        @Option(names = "--statement-hash", paramLabel = "HEX")
        String statementHash;

        @Option(
                names = "--series",
                paramLabel = "SERIES",
                description = "GOV_BOND only: the asset is your holding of this ledger's bond series SERIES;"
                        + " maturity and issuer come from the series, and the units you keep are checked")
        String series;

        @Override
        void run(Session s) {
            ReserveAsset.requireId(asset);
            if (series != null && assetClass != AssetClass.GOV_BOND) {
                throw new UsageException("--series needs --class GOV_BOND");
            }
            Currencies.require(currency);
            if (reserve != null) {
                Currencies.require(reserve);
            }
            BigDecimal q = Session.plain(Parse.positive(quantity, Decimals.QUANTITY_SCALE, "--quantity"));
            BigDecimal p = Session.plain(Parse.nonNegative(price, Decimals.PRICE_SCALE, "--price"));
            LocalDate m = maturity == null ? null : Parse.date(maturity, "--maturity");
            if (m == null && assetClass.requiresMaturity() && series == null) {
                throw new UsageException(assetClass + " needs --maturity");
            }
            String hash = ReserveAsset.normalizeStatementHash(statementHash, "--statement-hash");
            ReserveChangeResult r = s.bridge()
                    .reserves()
                    .add(new AssetSpec(asset, reserve, assetClass, currency, q, p, m, custodian, issuer, hash, series));
            printChange(s, r);
        }
    }

    @Command(
            name = "update",
            description = "Re-record an asset you recorded: new quantity, price, statement (re-attested now).")
    static final class Update extends CliCommand {
        @Parameters(paramLabel = "ASSET")
        String asset;

        @Option(names = "--quantity", paramLabel = "Q")
        String quantity;

        @Option(names = "--price", paramLabel = "P")
        String price;

        @Option(names = "--maturity", paramLabel = "D")
        String maturity;

        @Option(names = "--statement-hash", paramLabel = "HEX")
        String statementHash;

        @Override
        void run(Session s) {
            ReserveAsset.requireId(asset);
            BigDecimal q = quantity == null
                    ? null
                    : Session.plain(Parse.nonNegative(quantity, Decimals.QUANTITY_SCALE, "--quantity"));
            if (q != null && q.signum() == 0) {
                throw new UsageException("--quantity must be more than zero (remove the asset instead)");
            }
            BigDecimal p =
                    price == null ? null : Session.plain(Parse.nonNegative(price, Decimals.PRICE_SCALE, "--price"));
            LocalDate m = maturity == null ? null : Parse.date(maturity, "--maturity");
            String hash = ReserveAsset.normalizeStatementHash(statementHash, "--statement-hash");
            printChange(s, s.bridge().reserves().update(asset, new AssetSpec.Update(q, p, m, hash)));
        }
    }

    @Command(name = "remove", description = "Remove an asset you recorded from its reserve.")
    static final class Remove extends CliCommand {
        @Parameters(paramLabel = "ASSET")
        String asset;

        @Override
        void run(Session s) {
            ReserveAsset.requireId(asset);
            printChange(s, s.bridge().reserves().remove(asset));
        }
    }

    @Command(
            name = "policy",
            description = "Show a currency's reserve policy, or change it (the currency's issuer). Percentages.")
    static final class Policy extends CliCommand {
        @Parameters(paramLabel = "CURRENCY")
        String currency;

        @Option(names = "--min-coverage", paramLabel = "PCT", description = "reserve after haircuts / units, e.g. 100")
        String minCoverage;

        @Option(names = "--haircut", paramLabel = "CLASS=PCT")
        Map<AssetClass, String> haircuts;

        @Option(names = "--max-weight", paramLabel = "CLASS=PCT", description = "maximum share of one class")
        Map<AssetClass, String> maxWeights;

        @Option(
                names = "--max-custodian-weight",
                paramLabel = "PCT",
                description = "maximum share of any one custodian")
        String maxCustodianWeight;

        @Option(names = "--max-issuer-weight", paramLabel = "PCT", description = "maximum share of any one issuer")
        String maxIssuerWeight;

        @Option(names = "--eligible", paramLabel = "CLASS", split = ",", description = "the eligible classes")
        List<AssetClass> eligible;

        @Option(names = "--short-share", paramLabel = "PCT", description = "minimum share maturing within one year")
        String shortShare;

        @Option(
                names = "--short-classes",
                paramLabel = "CLASS,...",
                description = "the classes the short share counts within a year (default TBILL,GOV_BOND)")
        String shortClasses;

        @Option(
                names = "--short-exempt",
                paramLabel = "CLASS,...|NONE",
                description = "the classes the short share leaves out (default CASH,FX_DEPOSIT; NONE measures all)")
        String shortExempt;

        @Option(names = "--max-bill-days", paramLabel = "N")
        Integer maxBillDays;

        @Override
        void run(Session s) {
            Currencies.require(currency);
            Map<AssetClass, BigDecimal> h = ratios(haircuts, "--haircut");
            Map<AssetClass, BigDecimal> w = ratios(maxWeights, "--max-weight");
            if (maxBillDays != null && maxBillDays < 1) {
                throw new UsageException("--max-bill-days must be at least 1");
            }
            ReservePolicy.PolicyChange change = new ReservePolicy.PolicyChange(
                    minCoverage == null
                            ? null
                            : Decimals.ratioFromPercent(minCoverage, "--min-coverage", BigDecimal.valueOf(1000)),
                    eligible == null ? null : new ArrayList<>(eligible),
                    h,
                    w,
                    maxCustodianWeight == null
                            ? null
                            : Decimals.ratioFromPercent(maxCustodianWeight, "--max-custodian-weight", HUNDRED),
                    maxIssuerWeight == null
                            ? null
                            : Decimals.ratioFromPercent(maxIssuerWeight, "--max-issuer-weight", HUNDRED),
                    shortShare == null ? null : Decimals.ratioFromPercent(shortShare, "--short-share", HUNDRED),
                    maxBillDays,
                    classes(shortClasses, "--short-classes"),
                    classes(shortExempt, "--short-exempt"));
            if (change.empty()) {
                ReservePolicy p = s.bridge().reserves().policy(currency);
                s.print(p, () -> describe(s, p));
                return;
            }
            ReservePolicyResult r = s.bridge().reserves().setPolicy(currency, change);
            s.print(r, () -> {
                describe(s, r.policy());
                for (String m : r.breachMessages()) {
                    s.out.println("  breaks now: " + m);
                }
                s.out.println("tx " + r.txId());
            });
        }

        /** CLASS,CLASS,... or NONE (an empty list); null when not given. */
        private static List<AssetClass> classes(String text, String what) {
            if (text == null) {
                return null;
            }
            List<AssetClass> out = new ArrayList<>();
            if (text.strip().equalsIgnoreCase("NONE")) {
                return out;
            }
            for (String c : text.split(",")) {
                try {
                    out.add(AssetClass.valueOf(c.strip().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(what + " '" + c + "' is not one of "
                            + java.util.Arrays.toString(AssetClass.values()) + " (or NONE)");
                }
            }
            return out;
        }

        private static Map<AssetClass, BigDecimal> ratios(Map<AssetClass, String> pcts, String what) {
            if (pcts == null) {
                return null;
            }
            Map<AssetClass, BigDecimal> out = new EnumMap<>(AssetClass.class);
            for (Map.Entry<AssetClass, String> e : pcts.entrySet()) {
                out.put(e.getKey(), Decimals.ratioFromPercent(e.getValue(), what + " " + e.getKey(), HUNDRED));
            }
            return out;
        }
    }

    @Command(name = "list", description = "List the assets of a currency's reserve.")
    static final class ListAssets extends CliCommand {
        @Parameters(paramLabel = "CURRENCY")
        String currency;

        @Override
        void run(Session s) {
            Currencies.require(currency);
            List<ReserveAsset> assets = s.bridge().reserves().assets(currency);
            s.print(Map.of("assets", assets), () -> {
                Table t = new Table(
                        "ASSET", "CLASS", "CCY", "QUANTITY", "PRICE", "MATURITY", "CUSTODIAN", "ISSUER", "VALUED");
                for (ReserveAsset a : assets) {
                    t.row(
                            a.id(),
                            a.assetClass(),
                            a.currency(),
                            a.quantity().toPlainString(),
                            a.unitPrice().toPlainString(),
                            a.maturity(),
                            a.custodian(),
                            a.issuer(),
                            a.valuedAt());
                }
                t.print(s.out);
            });
        }
    }

    @Command(name = "show", description = "Show one reserve asset with its attestation.")
    static final class Show extends CliCommand {
        @Parameters(paramLabel = "ASSET")
        String asset;

        @Override
        void run(Session s) {
            ReserveAsset.requireId(asset);
            ReserveAsset a = s.bridge().reserves().asset(asset);
            s.print(a, () -> {
                s.out.printf(
                        "%s  %s backing %s: %s x %s %s%s%n",
                        a.id(),
                        a.assetClass(),
                        a.reserve(),
                        a.quantity().toPlainString(),
                        a.unitPrice().toPlainString(),
                        a.currency(),
                        a.maturity() == null ? "" : ", matures " + a.maturity());
                s.out.printf("custodian %s, issuer %s, valued %s%n", a.custodian(), a.issuer(), a.valuedAt());
                s.out.printf(
                        "attested by %s at %s%s%n",
                        a.attestation().attestedBy(),
                        a.attestation().attestedAt(),
                        a.attestation().statementHash() == null
                                ? ""
                                : ", statement " + a.attestation().statementHash());
            });
        }
    }

    static void printChange(Session s, ReserveChangeResult r) {
        s.print(r, () -> {
            s.out.printf("%s %s in the %s reserve%n", r.kind(), String.join(", ", r.assetIds()), r.reserve());
            s.out.printf(
                    "reserve %s %s (after haircuts %s), units outstanding %s, coverage %s%n",
                    r.reserveValue(),
                    r.reserve(),
                    r.reserveValueAfterHaircuts(),
                    r.unitsOutstanding(),
                    r.coverage() == null
                            ? "n/a (no units outstanding)"
                            : r.coverage().toPlainString());
            s.out.println("digest " + r.digest());
            s.out.println("tx " + r.txId());
        });
    }

    static void describe(Session s, ReservePolicy p) {
        s.out.printf(
                "%s reserve policy (issuer %s%s)%n",
                p.currency(),
                p.issuer() == null ? "not bound yet" : p.issuer(),
                p.setAt() == null ? ", defaults" : ", set " + p.setAt() + " by " + p.setBy());
        s.out.printf(
                "  minimum coverage %s after haircuts; at least %s maturing within 1 year; bills at most %d days%n",
                percent(p.minCoverage()), percent(p.minShortShare()), p.maxBillDays());
        if (p.governed() != null) {
            List<String> took = new ArrayList<>();
            p.governed().forEach((name, value) -> took.add(name + " " + value.toPlainString()));
            s.out.printf("  from governed parameters (param list): %s%n", String.join(", ", took));
        }
        s.out.printf(
                "  the short share counts %s within 1 year over everything but %s%n",
                p.shortShareClasses(), p.shortShareExempt().isEmpty() ? "nothing" : p.shortShareExempt());
        s.out.printf(
                "  max weight per custodian %s, per issuer %s%n",
                percent(p.maxCustodianWeight()), percent(p.maxIssuerWeight()));
        Table t = new Table("CLASS", "ELIGIBLE", "HAIRCUT", "MAX WEIGHT");
        for (AssetClass c : AssetClass.values()) {
            t.row(
                    c,
                    p.eligible(c) ? "yes" : "no",
                    percent(p.haircuts().get(c)),
                    percent(p.maxClassWeight().get(c)));
        }
        t.print(s.out);
    }
}
