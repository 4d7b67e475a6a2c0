package io.bondbridge.client.http;

import com.google.gson.JsonObject;
import io.bondbridge.api.Amount;
import io.bondbridge.api.Json;
import io.bondbridge.api.audit.History;
import io.bondbridge.api.audit.HistoryEntry;
import io.bondbridge.api.audit.StressResult;
import io.bondbridge.api.audit.StressScenario;
import io.bondbridge.api.stable.Composition;
import io.bondbridge.api.stable.MerkleProof;
import io.bondbridge.api.stable.ReserveAsset;
import io.bondbridge.client.BondBridge;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reserve transparency page of a stable unit, as one self-contained HTML document (inline CSS, SVG charts and a
 * few lines of script; nothing fetched at view time): units outstanding, reserve after haircuts and coverage;
 * composition by class, maturity bucket, custodian and issuer; coverage at every recorded reserve state; stress
 * results; each asset's attestation; the reserve digest with a box that checks an asset's inclusion proof in the
 * browser (SHA-256 by WebCrypto, the steps of {@code MerkleProofs}).
 *
 * <p>Every figure shown carries {@code data-figure="NAME"} with the name of the {@code audit reserves --json} field
 * it shows ({@code byClass.CASH} for one entry of a map), so a reader or a test can compare them.
 */
public final class ReservePage {
    /** Javalin's path of the page. */
    public static final String PATH = "/reserves/{currency}";
    /** The same path as OpenAPI writes it. */
    public static final String OPENAPI_PATH = "/reserves/{currency}";
    /** At most this many past reserve states on the coverage chart (the newest). */
    static final int MAX_POINTS = 24;

    /** The stress scenarios shown: one per kind of shock and a run, as {@code audit stress} runs them. */
    static final List<Map.Entry<String, StressScenario>> SCENARIOS = List.of(
            Map.entry("yields +200 bp", new StressScenario(200, null, null, null)),
            Map.entry(
                    "USD -10%",
                    new StressScenario(null, new TreeMap<>(Map.of("USD", new BigDecimal("-10"))), null, null)),
            Map.entry("metals -20%", new StressScenario(null, null, new BigDecimal("-20"), null)),
            Map.entry("run: 25% redeemed", new StressScenario(null, null, null, new BigDecimal("25"))));

    private ReservePage() {}

    /** The page of {@code currency}'s reserve now, read through {@code bridge} (reads only). */
    public static String html(BondBridge bridge, String currency) {
        Composition c = bridge.audit().reserves(currency);
        List<ReserveAsset> assets = new ArrayList<>(bridge.reserves().assets(currency));
        assets.sort(Comparator.comparing(ReserveAsset::id));
        Map<String, MerkleProof> proofs = new TreeMap<>();
        for (ReserveAsset a : assets) {
            MerkleProof p = bridge.audit().reserves(currency, null, a.id()).proof();
            if (p != null) {
                proofs.put(a.id(), p);
            }
        }
        List<Map.Entry<String, StressResult>> stress = new ArrayList<>();
        if (c.unitsOutstanding().isPositive()) {
            for (Map.Entry<String, StressScenario> s : SCENARIOS) {
                stress.add(Map.entry(s.getKey(), bridge.audit().stress(currency, s.getValue())));
            }
        }
        return render(c, assets, proofs, coverageHistory(bridge, currency, assets, c), stress);
    }

    /**
     * Coverage as of every transaction that changed one of the reserve's assets or minted against it, oldest first
     * (the newest {@link #MAX_POINTS}), ending with now.
     */
    private static List<Svg.Point> coverageHistory(
            BondBridge bridge, String currency, List<ReserveAsset> assets, Composition now) {
        TreeMap<String, Instant> txs = new TreeMap<>();
        for (ReserveAsset a : assets) {
            History h = bridge.audit().history(History.RESERVE_ASSET, a.id());
            for (HistoryEntry e : h.entries()) {
                txs.put(e.txId(), e.timestamp());
            }
        }
        for (Composition.BackedMint m : now.backedMints()) {
            txs.put(m.txId(), m.at());
        }
        List<Map.Entry<String, Instant>> ordered = new ArrayList<>(txs.entrySet());
        ordered.sort(Map.Entry.<String, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        if (ordered.size() > MAX_POINTS - 1) {
            ordered = ordered.subList(ordered.size() - (MAX_POINTS - 1), ordered.size());
        }
        List<Svg.Point> points = new ArrayList<>();
        for (Map.Entry<String, Instant> tx : ordered) {
            Composition then = bridge.audit().reserves(currency, tx.getKey(), null);
            points.add(new Svg.Point(tx.getValue().toString(), then.coverage()));
        }
        points.add(new Svg.Point(now.asOf().toString(), now.coverage()));
        return points;
    }

    static String render(
            Composition c,
            List<ReserveAsset> assets,
            Map<String, MerkleProof> proofs,
            List<Svg.Point> history,
            List<Map.Entry<String, StressResult>> stress) {
        String cur = Html.escape(c.currency());
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        h.append("<title>")
                .append(cur)
                .append(" reserve - bondbridge</title><style>")
                .append(CSS)
                .append("</style>");
        h.append("</head><body><header><h1>").append(cur).append(" reserve</h1><p>as of <time data-figure=\"asOf\">");
        h.append(c.asOf()).append("</time>, issuer ").append(Html.escape(c.issuer() == null ? "-" : c.issuer()));
        h.append(", ").append(c.assetCount()).append(" assets</p></header>");

        h.append("<section class=\"headline\">");
        figure(h, "units outstanding", "unitsOutstanding", Html.money(big(c.unitsOutstanding())), cur);
        figure(h, "reserve (market value)", "reserveValue", Html.money(big(c.reserveValue())), cur);
        figure(
                h,
                "reserve after haircuts",
                "reserveValueAfterHaircuts",
                Html.money(big(c.reserveValueAfterHaircuts())),
                cur);
        figure(
                h,
                "coverage (minimum "
                        + (c.minCoverage() == null ? "-" : c.minCoverage().toPlainString()) + ")",
                "coverage",
                c.coverage() == null ? "n/a" : c.coverage().toPlainString(),
                c.coverage() != null && c.minCoverage() != null && c.coverage().compareTo(c.minCoverage()) < 0
                        ? "below minimum"
                        : "");
        h.append("</section>");
        if (c.breaches().isEmpty()) {
            h.append("<p class=\"ok\">policy: every limit holds</p>");
        } else {
            for (String m : c.breachMessages()) {
                h.append("<p class=\"breach\">policy breach: ")
                        .append(Html.escape(m))
                        .append("</p>");
            }
        }
        Attestation latest = latest(assets);
        if (latest != null) {
            h.append("<p>last attestation: <span data-figure=\"lastAttestedAt\">")
                    .append(latest.at)
                    .append("</span> by <span data-figure=\"lastAttestedBy\">")
                    .append(Html.escape(latest.by))
                    .append("</span> (")
                    .append(Html.escape(latest.asset))
                    .append(")</p>");
        }

        h.append("<section class=\"grid\">");
        LinkedHashMap<String, Amount> buckets = new LinkedHashMap<>();
        for (String b : Composition.MATURITY_BUCKETS) {
            if (c.byMaturity().containsKey(b)) {
                buckets.put(b, c.byMaturity().get(b));
            }
        }
        dimension(h, "By class", "byClass", c.byClass(), c.reserveValue());
        dimension(h, "By maturity", "byMaturity", buckets, c.reserveValue());
        dimension(h, "By custodian", "byCustodian", c.byCustodian(), c.reserveValue());
        dimension(h, "By issuer", "byIssuer", c.byIssuer(), c.reserveValue());
        h.append("</section>");

        h.append("<section><h2>Coverage over time</h2>");
        h.append("<p class=\"note\">Coverage after haircuts as of every transaction that changed an asset of this")
                .append(" reserve or minted against it (from the ledger's history), and now.</p>");
        h.append(Svg.line("coverage over time", history, c.minCoverage()));
        h.append("</section>");

        h.append("<section><h2>Stress tests</h2>");
        if (stress.isEmpty()) {
            h.append("<p class=\"note\">no units outstanding: nothing to stress</p>");
        } else {
            h.append("<table><tr><th>scenario</th><th>coverage before</th><th>after</th><th>would break</th></tr>");
            for (Map.Entry<String, StressResult> s : stress) {
                StressResult r = s.getValue();
                h.append("<tr><td>")
                        .append(Html.escape(s.getKey()))
                        .append("</td><td>")
                        .append(dec(r.coverageBefore()))
                        .append("</td><td data-figure=\"stress.")
                        .append(Html.escape(s.getKey()))
                        .append("\">")
                        .append(dec(r.coverageAfter()))
                        .append("</td><td>")
                        .append(r.breaches().isEmpty() ? "nothing" : Html.escape(String.join(", ", r.breaches())))
                        .append("</td></tr>");
            }
            h.append("</table><p class=\"note\">computed as of ")
                    .append(stress.get(0).getValue().asOf())
                    .append(" by <code>audit stress</code> (read-only)</p>");
        }
        h.append("</section>");

        h.append("<section><h2>Assets and attestations</h2><table><tr><th>asset</th><th>class</th>")
                .append("<th>maturity</th><th>custodian</th><th>issuer</th><th>quantity x price</th>")
                .append("<th>attested by</th><th>at</th><th>statement hash</th></tr>");
        for (ReserveAsset a : assets) {
            ReserveAsset.Attestation at = a.attestation();
            h.append("<tr><td><code>")
                    .append(Html.escape(a.id()))
                    .append("</code></td><td>")
                    .append(a.assetClass())
                    .append("</td><td>")
                    .append(a.maturity() == null ? "-" : a.maturity().toString())
                    .append("</td><td>")
                    .append(Html.escape(a.custodian()))
                    .append("</td><td>")
                    .append(Html.escape(a.issuer() == null ? "-" : a.issuer()))
                    .append("</td><td>")
                    .append(Html.escape(a.quantity().toPlainString() + " " + a.currency() + " x "
                            + a.unitPrice().toPlainString()))
                    .append("</td><td>")
                    .append(Html.escape(at.attestedBy()))
                    .append("</td><td>")
                    .append(at.attestedAt())
                    .append("</td><td><code class=\"hash\">")
                    .append(at.statementHash() == null ? "-" : Html.escape(at.statementHash()))
                    .append("</code></td></tr>");
        }
        h.append("</table></section>");

        h.append("<section><h2>Reserve digest and inclusion proofs</h2>");
        h.append("<p>digest <code class=\"hash\" data-figure=\"digest\">")
                .append(Html.escape(c.digest()))
                .append("</code></p>");
        h.append("<p class=\"note\">Each asset is a leaf of a Merkle tree whose root is this digest. Paste an asset")
                .append(" id: its proof is checked here, in your browser (SHA-256 of <code>0x00 || leaf</code>, then")
                .append(" of <code>0x01 || left || right</code> up the path), against the digest above.</p>");
        h.append("<form id=\"proof-form\"><input id=\"proof-id\" placeholder=\"asset id, e.g. ")
                .append(Html.escape(assets.isEmpty() ? "" : assets.get(0).id()))
                .append("\" autocomplete=\"off\"> <button type=\"submit\">check proof</button></form>");
        h.append("<output id=\"proof-result\" data-verified=\"\"></output><pre id=\"proof-steps\"></pre>");
        h.append("</section>");

        JsonObject data = new JsonObject();
        data.addProperty("currency", c.currency());
        data.addProperty("digest", c.digest());
        JsonObject p = new JsonObject();
        for (Map.Entry<String, MerkleProof> e : proofs.entrySet()) {
            p.add(e.getKey(), Json.parse(Json.write(e.getValue())));
        }
        data.add("proofs", p);
        h.append("<script type=\"application/json\" id=\"reserve-data\">")
                .append(Html.scriptJson(Json.write(data)))
                .append("</script><script>")
                .append(SCRIPT)
                .append("</script>");
        h.append("<footer>bondbridge: read from the ledger by <code>audit reserves</code>, <code>audit stress</code>")
                .append(" and <code>audit history</code>; nothing on this page was fetched from elsewhere.</footer>");
        return h.append("</body></html>\n").toString();
    }

    private static void figure(StringBuilder h, String label, String name, String value, String unit) {
        h.append("<div class=\"figure\"><div class=\"label\">")
                .append(Html.escape(label))
                .append("</div><div class=\"value\" data-figure=\"")
                .append(name)
                .append("\">")
                .append(Html.escape(value))
                .append("</div><div class=\"unit\">")
                .append(unit)
                .append("</div></div>");
    }

    private static void dimension(
            StringBuilder h, String title, String field, Map<String, Amount> values, Amount total) {
        LinkedHashMap<String, BigDecimal> v = new LinkedHashMap<>();
        values.forEach((k, a) -> v.put(k, big(a)));
        h.append("<div class=\"panel\"><h2>").append(Html.escape(title)).append("</h2>");
        h.append(Svg.bars(title, v, big(total)));
        h.append("<table class=\"figures\">");
        for (Map.Entry<String, BigDecimal> e : v.entrySet()) {
            h.append("<tr><td>")
                    .append(Html.escape(e.getKey()))
                    .append("</td><td class=\"num\" data-figure=\"")
                    .append(field)
                    .append('.')
                    .append(Html.escape(e.getKey()))
                    .append("\">")
                    .append(Html.money(e.getValue()))
                    .append("</td></tr>");
        }
        h.append("</table></div>");
    }

    private record Attestation(Instant at, String by, String asset) {}

    private static Attestation latest(List<ReserveAsset> assets) {
        Attestation latest = null;
        for (ReserveAsset a : assets) {
            ReserveAsset.Attestation at = a.attestation();
            if (latest == null || at.attestedAt().isAfter(latest.at())) {
                latest = new Attestation(at.attestedAt(), at.attestedBy(), a.id());
            }
        }
        return latest;
    }

    private static BigDecimal big(Amount a) {
        return a == null ? BigDecimal.ZERO : a.toBigDecimal();
    }

    private static String dec(BigDecimal d) {
        return d == null ? "n/a" : d.toPlainString();
    }

    private static final String CSS = String.join(
            "\n",
            "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1d2733;margin:24px auto;",
            "max-width:1100px;padding:0 16px}h1{margin:0 0 4px}h2{font-size:16px;margin:18px 0 8px}",
            ".headline{display:flex;gap:14px;flex-wrap:wrap;margin:16px 0}.figure{flex:1;min-width:200px;",
            "border:1px solid #d7dee5;border-radius:8px;padding:10px 14px}.label{color:#5a6b7b;font-size:12px}",
            ".value{font-size:22px;font-weight:600}.unit{color:#5a6b7b;font-size:12px}",
            ".grid{display:grid;grid-template-columns:1fr 1fr;gap:8px 24px}.panel table{margin-top:4px}",
            "table{border-collapse:collapse;font-size:13px}td,th{padding:3px 8px;border-bottom:1px solid #eef1f4;",
            "text-align:left}.num{text-align:right;font-variant-numeric:tabular-nums}",
            ".chart text{font-size:12px;fill:#1d2733}.note{color:#5a6b7b;font-size:12px}",
            ".hash{font-size:11px;word-break:break-all}.ok{color:#2e7d32}.breach{color:#b71c1c}",
            "#proof-id{width:320px;padding:4px}#proof-result{display:block;margin:8px 0;font-weight:600}",
            "#proof-result[data-verified=true]{color:#2e7d32}#proof-result[data-verified=false]{color:#b71c1c}",
            "#proof-steps{font-size:11px;white-space:pre-wrap;word-break:break-all;color:#5a6b7b}",
            "footer{margin-top:24px;color:#5a6b7b;font-size:12px}");

    /**
     * The proof check: the auditor's few lines of {@code MerkleProofs}, in the browser. The id comes from the box or
     * from {@code ?check=ID} in the address (so a saved link re-checks).
     */
    private static final String SCRIPT = String.join(
            "\n",
            "(function(){",
            "const data=JSON.parse(document.getElementById('reserve-data').textContent);",
            "const hex=b=>Array.from(b,x=>x.toString(16).padStart(2,'0')).join('');",
            "const unhex=s=>{if(!/^([0-9a-f]{2})*$/i.test(s))throw new Error('not hex');",
            "const b=new Uint8Array(s.length/2);for(let i=0;i<b.length;i++)b[i]=parseInt(s.substr(2*i,2),16);return b;};",
            "async function sha(...parts){let n=0;for(const p of parts)n+=p.length;const all=new Uint8Array(n);",
            "let o=0;for(const p of parts){all.set(p,o);o+=p.length;}",
            "return new Uint8Array(await crypto.subtle.digest('SHA-256',all));}",
            "async function check(id){",
            "const out=document.getElementById('proof-result');const steps=document.getElementById('proof-steps');",
            "const p=data.proofs[id];steps.textContent='';",
            "if(!p){out.dataset.verified='false';out.textContent=id+': no such asset in the '+data.currency+' reserve';return;}",
            "let h=await sha(Uint8Array.of(0),new TextEncoder().encode(p.leaf));",
            "const lines=['leaf '+p.leaf,'h0 = SHA-256(00 || leaf) = '+hex(h)];",
            "for(const s of p.path){const sib=unhex(s.hash);",
            "if(s.side==='left')h=await sha(Uint8Array.of(1),sib,h);",
            "else if(s.side==='right')h=await sha(Uint8Array.of(1),h,sib);else{h=null;break;}",
            "lines.push(s.side+' sibling '+s.hash+' -> '+hex(h));}",
            "const ok=h!==null&&hex(h)===data.digest.toLowerCase();steps.textContent=lines.join('\\n');",
            "out.dataset.verified=String(ok);",
            "out.textContent=ok?id+': leaf '+(p.index+1)+' of '+p.leafCount+', '+p.path.length+' steps: verifies against the digest'",
            ":id+': the proof does NOT verify against the digest';}",
            "document.getElementById('proof-form').addEventListener('submit',e=>{e.preventDefault();",
            "check(document.getElementById('proof-id').value.trim());});",
            "const q=new URLSearchParams(location.search).get('check');",
            "if(q){document.getElementById('proof-id').value=q;check(q);}",
            "})();");
}
