package io.bondbridge.client.cli;

import com.google.gson.JsonObject;
import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.Json;
import io.bondbridge.api.Parse;
import io.bondbridge.api.audit.History;
import io.bondbridge.api.audit.HistoryEntry;
import io.bondbridge.api.audit.StressResult;
import io.bondbridge.api.audit.StressScenario;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.stable.Composition;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.client.audit.MerkleProofs;
import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code audit reserves|stress|history}: read-only, never change the ledger. */
final class AuditCommands {
    private AuditCommands() {}

    @Command(
            name = "audit",
            description = "Read-only audit views: reserve composition, stress tests, histories.",
            subcommands = {Reserves.class, Stress.class, KeyHistory.class, Report.class})
    static final class Group {}

    @Command(
            name = "reserves",
            description = "Reserve composition, coverage and digest, now or as of a time or transaction.")
    static final class Reserves extends CliCommand {
        @Parameters(paramLabel = "CURRENCY")
        String currency;

        @Option(names = "--as-of", paramLabel = "INSTANT|TXID")
        String asOf;

        @Option(names = "--proof", paramLabel = "ASSET", description = "include the inclusion proof of this asset")
        String proof;

        @Override
        void run(Session s) {
            Currencies.require(currency);
            String at = null;
            if (asOf != null) {
                at = asOf.matches("[0-9a-f]{64}")
                        ? asOf
                        : Parse.instantOrDate(asOf, "--as-of").toString();
            }
            if (proof != null) {
                ReserveAsset.requireId(proof);
            }
            Composition c = s.bridge().audit().reserves(currency, at, proof);
            JsonObject json = Session.object(c);
            boolean verified = c.proof() != null
                    && MerkleProofs.verify(c.proof())
                    && c.proof().root().equals(c.digest());
            if (c.proof() != null) {
                json.addProperty("proofVerified", verified);
            }
            s.print(json, () -> human(s, c, verified));
        }

        private static void human(Session s, Composition c, boolean verified) {
            s.out.printf(
                    "%s reserve as of %s%s (issuer %s)%n",
                    c.currency(),
                    c.asOf(),
                    c.asOfTxId() == null ? "" : " (tx " + c.asOfTxId() + ")",
                    c.issuer() == null ? "-" : c.issuer());
            s.out.printf(
                    "units outstanding %s; reserve %s, after haircuts %s; coverage %s (minimum %s)%n",
                    c.unitsOutstanding(),
                    c.reserveValue(),
                    c.reserveValueAfterHaircuts(),
                    c.coverage() == null
                            ? "n/a (no units outstanding)"
                            : c.coverage().toPlainString(),
                    ReserveCommands.percent(c.minCoverage()));
            dimension(s, "CLASS", c.byClass(), c.weights().get("class"));
            // buckets in time order, not the JSON's key order
            java.util.LinkedHashMap<String, Amount> buckets = new java.util.LinkedHashMap<>();
            for (String b : Composition.MATURITY_BUCKETS) {
                buckets.put(b, c.byMaturity().get(b));
            }
            dimension(s, "MATURITY", buckets, c.weights().get("maturity"));
            dimension(s, "CURRENCY", c.byCurrency(), c.weights().get("currency"));
            dimension(s, "CUSTODIAN", c.byCustodian(), c.weights().get("custodian"));
            dimension(s, "ISSUER", c.byIssuer(), c.weights().get("issuer"));
            s.out.printf("%d assets, digest %s%n", c.assetCount(), c.digest());
            if (c.breaches().isEmpty()) {
                s.out.println("policy: every limit holds");
            } else {
                for (String m : c.breachMessages()) {
                    s.out.println("policy breach: " + m);
                }
            }
            s.out.printf("%d mint(s) were checked against this reserve state%n", c.backedMintCount());
            for (Composition.BackedMint m : c.backedMints()) {
                s.out.printf(
                        "  %s %s to %s, coverage %s (tx %s)%n",
                        m.at(),
                        m.amount(),
                        m.account(),
                        m.coverage() == null ? "not computed (drawn from escrowed headroom)" : m.coverage(),
                        m.txId());
            }
            if (c.proof() != null) {
                s.out.printf(
                        "proof of %s: leaf %d of %d, %d steps, verifies against the digest: %s%n",
                        c.proof().assetId(),
                        c.proof().index(),
                        c.proof().leafCount(),
                        c.proof().path().size(),
                        verified ? "yes" : "NO");
                s.out.println("  leaf " + c.proof().leaf());
            }
        }

        private static void dimension(
                Session s, String name, Map<String, Amount> values, SortedMap<String, BigDecimal> weights) {
            Table t = new Table(name, "VALUE", "WEIGHT");
            for (Map.Entry<String, Amount> e : values.entrySet()) {
                BigDecimal w = weights == null ? null : weights.get(e.getKey());
                t.row(
                        e.getKey(),
                        e.getValue() == null ? "0" : e.getValue(),
                        w == null ? "-" : ReserveCommands.percent(w));
            }
            s.out.println();
            t.print(s.out);
        }
    }

    @Command(
            name = "stress",
            description = "Stress test of a reserve (read-only): yield, FX and metal shocks, a redemption run.")
    static final class Stress extends CliCommand {
        @Parameters(paramLabel = "CURRENCY")
        String currency;

        @Option(
                names = "--yield-shock",
                paramLabel = "BP",
                description = "parallel yield change in basis points, e.g. 100")
        Integer yieldShock;

        @Option(
                names = "--fx-shock",
                paramLabel = "CUR=PCT",
                description = "change of a currency's value, e.g. USD=-10")
        Map<String, String> fxShocks;

        @Option(names = "--metal-shock", paramLabel = "PCT", description = "change of gold and metal prices, e.g. -20")
        String metalShock;

        @Option(
                names = "--run",
                paramLabel = "PCT",
                description = "redemption run: share of units outstanding redeemed")
        String run;

        @Override
        void run(Session s) {
            Currencies.require(currency);
            TreeMap<String, BigDecimal> fx = null;
            if (fxShocks != null) {
                fx = new TreeMap<>();
                for (Map.Entry<String, String> e : fxShocks.entrySet()) {
                    Currencies.require(e.getKey());
                    fx.put(e.getKey(), pct(e.getValue(), "--fx-shock " + e.getKey()));
                }
            }
            BigDecimal metal = metalShock == null ? null : pct(metalShock, "--metal-shock");
            BigDecimal r = null;
            if (run != null) {
                Parse.percent(run, "--run");
                r = new BigDecimal(Session.plain(run));
            }
            if (yieldShock != null && Math.abs(yieldShock) > 5000) {
                throw new UsageException("--yield-shock " + yieldShock + " bp is outside -5000..5000");
            }
            StressResult res = s.bridge().audit().stress(currency, new StressScenario(yieldShock, fx, metal, r));
            s.print(res, () -> {
                s.out.printf(
                        "%s reserve stress as of %s: %s%n", res.currency(), res.asOf(), Json.write(res.scenario()));
                s.out.printf("coverage %s -> %s%n", show(res.coverageBefore()), show(res.coverageAfter()));
                s.out.printf(
                        "reserve %s -> %s; after haircuts %s -> %s; units %s -> %s; run paid %s%n",
                        res.reserveValueBefore(),
                        res.reserveValueAfter(),
                        res.reserveValueAfterHaircutsBefore(),
                        res.reserveValueAfterHaircutsAfter(),
                        res.unitsOutstandingBefore(),
                        res.unitsOutstandingAfter(),
                        res.runPaid());
                Table t = new Table("CLASS", "VALUE CHANGE");
                res.valueChangeByClass().forEach(t::row);
                t.print(s.out);
                if (res.breaches().isEmpty()) {
                    s.out.println("no policy limit would break");
                } else {
                    for (String m : res.breachMessages()) {
                        s.out.println("would break: " + m);
                    }
                }
            });
        }

        private static String show(BigDecimal coverage) {
            return coverage == null ? "n/a" : coverage.toPlainString();
        }

        private static BigDecimal pct(String text, String what) {
            BigDecimal p = Parse.decimal(text, 4, what);
            if (p.compareTo(BigDecimal.valueOf(-100)) <= 0) {
                throw new UsageException(what + " " + text + "% must be above -100%");
            }
            return p;
        }
    }

    @Command(
            name = "history",
            description = "Every committed version behind one thing, oldest first. KIND and ID: account ORG:name, "
                    + "reserve-asset ASSET, bond-holding SERIES:ORG:name, payment E2E_ID.")
    static final class KeyHistory extends CliCommand {
        @Parameters(index = "0", paramLabel = "KIND")
        String kind;

        @Parameters(index = "1", paramLabel = "ID")
        String id;

        @Override
        void run(Session s) {
            if (!History.KINDS.contains(kind)) {
                throw new UsageException("KIND '" + kind + "' is not one of " + History.KINDS);
            }
            if (History.ACCOUNT.equals(kind)) {
                AccountId.parse(id, "ID");
            } else if (History.RESERVE_ASSET.equals(kind)) {
                ReserveAsset.requireId(id);
            }
            History h = s.bridge().audit().history(kind, id);
            s.print(h, () -> {
                Table t = new Table("TIME", "TX", "KEY", "VALUE");
                for (HistoryEntry e : h.entries()) {
                    t.row(
                            e.timestamp(),
                            e.txId().substring(0, Math.min(12, e.txId().length())),
                            e.key(),
                            e.deleted() ? "(deleted)" : e.value().toString());
                }
                t.print(s.out);
            });
        }
    }

    @Command(
            name = "report",
            description = "The reserve transparency page of a stable unit as one self-contained HTML file (read-only).")
    static final class Report extends CliCommand {
        @Parameters(paramLabel = "CURRENCY")
        String currency;

        @Option(names = "--html", paramLabel = "FILE", required = true, description = "the file to write")
        java.nio.file.Path html;

        @Override
        void run(Session s) {
            Currencies.require(currency);
            String page = io.bondbridge.client.http.ReservePage.html(s.bridge(), currency);
            try {
                java.nio.file.Files.writeString(html, page, java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new UsageException("--html " + html + " cannot be written: " + e.getMessage());
            }
            JsonObject json = new JsonObject();
            json.addProperty("currency", currency);
            json.addProperty("file", html.toString());
            json.addProperty("bytes", page.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            s.print(json, () -> s.out.printf("wrote the %s reserve page to %s%n", currency, html));
        }
    }
}
