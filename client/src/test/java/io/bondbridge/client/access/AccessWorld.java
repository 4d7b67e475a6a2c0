package io.bondbridge.client.access;

import com.google.gson.JsonObject;
import io.bondbridge.api.Functions;
import io.bondbridge.api.Json;
import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.governance.DefaultParticipants;
import io.bondbridge.api.payment.Instruction;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.client.embedded.EmbeddedLedger;
import io.bondbridge.client.embedded.EmbeddedTransport;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A ledger where every transaction function has something to act on: CNY and HKD reserves and balances, a bond
 * series issued to Bank A with an open offer, a tender and a coupon period, trade data, a corridor with a settled
 * payment and one queued in an open netting cycle, an FX quote, a funded swap line drawn by HK, a frozen account, a
 * blocked participant (Bank C), an IMPORT crossover signal with its tranche window open, an unlinked INDEXED series
 * and a sector figure to link it to, and the first series' issue proceeds to disburse. Built at
 * {@link #START}, one minute per transaction.
 */
public final class AccessWorld {
    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    public static final List<String> ORGS = List.of("centralbank", "hkcentralbank", "banka", "bankb", "regulator");
    static final String SERIES = "CGB-2031";
    static final String INDEXED = "TBE-EV-2026";
    static final String SIGNAL_MONTH = "2025-12";

    public final EmbeddedLedger ledger = EmbeddedLedger.inMemory();
    public Instant now = START;
    String offerId;
    String couponPeriod;
    byte[] paymentDetails;

    public AccessWorld build() {
        run("centralbank", Functions.Governance.NAME, Functions.Governance.INIT);
        run("centralbank", Functions.Fx.NAME, Functions.Fx.SET_REFERENCE, "CNY", "0.125");
        run("hkcentralbank", Functions.Fx.NAME, Functions.Fx.SET_REFERENCE, "HKD", "0.128");
        run("centralbank", Functions.Reserve.NAME, Functions.Reserve.ADD_ASSET, cash("CNY-CASH", "CNY", "100000000"));
        run("centralbank", Functions.Reserve.NAME, Functions.Reserve.ADD_ASSET, cash("CNY-EXTRA", "CNY", "1000"));
        run("hkcentralbank", Functions.Reserve.NAME, Functions.Reserve.ADD_ASSET, cash("HKD-CASH", "HKD", "100000000"));
        for (String account : List.of("banka:main", "bankb:main", "centralbank:main")) {
            run("centralbank", Functions.Stable.NAME, Functions.Stable.MINT, "CNY", account, "1000000.00");
        }
        // hkcentralbank:main pays the HKD escrow of its swap-line drawings
        for (String account : List.of("banka:main", "bankb:main", "hkcentralbank:main")) {
            run("hkcentralbank", Functions.Stable.NAME, Functions.Stable.MINT, "HKD", account, "1000000.00");
        }
        run(
                "centralbank",
                Functions.Governance.NAME,
                Functions.Governance.ADD_PARTICIPANT,
                "{\"mspId\":\"BankCMSP\",\"alias\":\"bankc\",\"jurisdiction\":\"AE\",\"roles\":[\"BANK\"]}");
        run("regulator", Functions.Corridor.NAME, Functions.Corridor.BLOCK, "bankc", "sanctions");
        run("banka", Functions.Governance.NAME, Functions.Governance.OPEN_ACCOUNT, "frozen");
        run("regulator", Functions.Governance.NAME, Functions.Governance.FREEZE_ACCOUNT, "banka:frozen", "order", "");

        run("centralbank", Functions.Bond.NAME, Functions.Bond.CREATE, terms(SERIES));
        run("banka", Functions.Bond.NAME, Functions.Bond.SUBSCRIBE, SERIES, "banka:main", "100000.00");
        run("centralbank", Functions.Bond.NAME, Functions.Bond.ISSUE, SERIES, "banka:main", "100", "100.00");
        offerId = field(
                run("banka", Functions.Bond.NAME, Functions.Bond.OFFER, SERIES, "banka:main", "10", "100.00", ""),
                "offerId");
        run("banka", Functions.Bond.NAME, Functions.Bond.TENDER, SERIES, "banka:main", "5", "90.00");
        couponPeriod =
                field(run("centralbank", Functions.Bond.NAME, Functions.Bond.COUPON, SERIES, "2026-06-30"), "period");
        // Six months of a 3% surplus (exports 13, imports 10, GDP 100), then 0% in 2025-12: the 3-month average
        // (3 + 3 + 0) / 3 = 2% crosses below the 6-month one (5 x 3 + 0) / 6 = 2.5%, an IMPORT signal for 2025-12
        // whose 30-day tranche window is open for the rest of the build.
        for (String month : List.of("2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11")) {
            run("regulator", Functions.Bond.NAME, Functions.Bond.POST_TRADE, month, "13", "10", "100", "");
        }
        run("regulator", Functions.Bond.NAME, Functions.Bond.POST_TRADE, SIGNAL_MONTH, "10", "10", "100", "");
        // An INDEXED export series not yet linked, and the EV market share it may be linked to.
        run("centralbank", Functions.Bond.NAME, Functions.Bond.CREATE, indexedTerms(INDEXED));
        run("regulator", Functions.Bond.NAME, Functions.Bond.POST_SECTOR, "MARKET_SHARE", "EV", "2025-12", "12");

        run("centralbank", Functions.Corridor.NAME, Functions.Corridor.SET, "CN-HK", "CN,HK", "CNY,HKD", "");
        run(
                "bankb",
                Functions.Payment.NAME,
                Functions.Payment.QUOTE,
                "bankb:main",
                "CNY",
                "HKD",
                "1.0850",
                "2026-12-31T23:59:59Z");
        send("P-1", "");
        paymentDetails = evaluate("regulator", Functions.Payment.NAME, Functions.Payment.DETAILS, "P-1")
                .getBytes(StandardCharsets.UTF_8);
        run("centralbank", Functions.Netting.NAME, Functions.Netting.OPEN, "C-1");
        send("P-2", "C-1");
        run(
                "centralbank",
                Functions.Netting.NAME,
                Functions.Netting.CREATE_SWAP_LINE,
                "SL-1",
                "centralbank,hkcentralbank",
                "CNY,HKD",
                "1000000.00",
                "1.1000",
                "3.00",
                "");
        // centralbank lends CNY from its main account; hkcentralbank draws and escrows 1,100.00 HKD
        run("hkcentralbank", Functions.Netting.NAME, Functions.Netting.DRAW_SWAP_LINE, "SL-1", "1000.00", "");
        return this;
    }

    void send(String e2eId, String cycle) {
        transport("banka")
                .submit(
                        Functions.Payment.NAME,
                        Functions.Payment.SEND,
                        List.of(e2eId, "CN-HK", cycle),
                        instruction("banka:main", "bankb:main", "100.00"));
    }

    static Map<String, byte[]> instruction(String from, String to, String amount) {
        Instruction i = Instruction.of(from, to, amount, "CNY").withSalt("ab".repeat(32));
        return Map.of(Instruction.TRANSIENT_KEY, Json.bytes(i));
    }

    public static String cash(String id, String currency, String quantity) {
        return Json.write(new AssetSpec(
                id, null, AssetClass.CASH, currency, new BigDecimal(quantity), BigDecimal.ONE, null, null, null, null));
    }

    /** FIXED 2.50% semi-annual CNY series, face 100.00, 2026-01-01 to 2031-01-01, 10,000 units. */
    static String terms(String id) {
        return Json.write(new SeriesTerms(
                id,
                "CNY",
                "100.00",
                "FIXED",
                "2.50",
                2,
                "2026-01-01",
                "2031-01-01",
                "ACT/365F",
                "10000",
                null,
                null,
                null));
    }

    /** An INDEXED 3.00% export series (program TRADE_EXPORT, NEW_ENERGY_VEHICLES), otherwise {@link #terms}. */
    static String indexedTerms(String id) {
        return Json.write(new SeriesTerms(
                id,
                "CNY",
                "100.00",
                "INDEXED",
                "3.00",
                2,
                "2026-01-01",
                "2031-01-01",
                "ACT/365F",
                "10000",
                "TRADE_EXPORT",
                "NEW_ENERGY_VEHICLES",
                null));
    }

    /** A TRADE_IMPORT tranche: no coupon rate, the IMPORT signal of {@link #SIGNAL_MONTH} sets it. */
    static String trancheTerms(String id) {
        return Json.write(new SeriesTerms(
                id,
                "CNY",
                "100.00",
                "FIXED",
                null,
                2,
                "2026-01-01",
                "2031-01-01",
                "ACT/365F",
                "10000",
                "TRADE_IMPORT",
                "CHIP_EQUIPMENT",
                null));
    }

    EmbeddedTransport transport(String org) {
        return ledger.transport(org).at(now);
    }

    String run(String org, String contract, String function, String... args) {
        String payload = transport(org).submit(contract, function, args).payload();
        now = now.plus(Duration.ofMinutes(1));
        return payload;
    }

    String evaluate(String org, String contract, String function, String... args) {
        return transport(org).evaluate(contract, function, args);
    }

    public static String mspId(String org) {
        String msp = DefaultParticipants.mspId(org);
        return msp == null ? org : msp;
    }

    private static String field(String json, String name) {
        JsonObject o = Json.parse(json).getAsJsonObject();
        return o.get(name).getAsString();
    }
}
