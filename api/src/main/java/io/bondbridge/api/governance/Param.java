package io.bondbridge.api.governance;

import java.math.BigDecimal;

/**
 * The governed parameters: every number a rule uses that a deployment may change. Each has the role that owns it
 * (only a participant with that role sets it), a default that holds until the first change, bounds, and where the
 * default comes from: {@link Source#ESSAY} (the source studies give it) or {@link Source#PROJECT} (this project's
 * own choice). Stored under {@code gov.param (name)}; every version stays in the key's history.
 *
 * <p>The names are part of the stored keys and of the CLI ({@code param set bandLowPct 2.5}): never rename one.
 */
public enum Param {
    BAND_LOW_PCT(
            "bandLowPct",
            Role.CENTRAL_BANK,
            "2",
            "0",
            "100",
            false,
            Source.ESSAY,
            "lower edge of the surplus band, % of GDP"),
    BAND_HIGH_PCT(
            "bandHighPct",
            Role.CENTRAL_BANK,
            "4",
            "0",
            "100",
            false,
            Source.ESSAY,
            "upper edge of the surplus band, % of GDP"),
    TRIGGER_MONTHS(
            "triggerMonths",
            Role.CENTRAL_BANK,
            "2",
            "1",
            "24",
            true,
            Source.ESSAY,
            "consecutive months outside the band (or above the exit share) before the index acts"),
    STEP_BP(
            "stepBp",
            Role.CENTRAL_BANK,
            "25",
            "1",
            "500",
            true,
            Source.PROJECT,
            "size of one coupon step, basis points"),
    RATE_FLOOR_PCT(
            "rateFloorPct",
            Role.TREASURY,
            "0",
            "0",
            "100",
            false,
            Source.PROJECT,
            "lowest coupon the indexes may set, % (a series' own floor may be higher)"),
    RATE_CAP_SPREAD_PCT(
            "rateCapSpreadPct",
            Role.TREASURY,
            "1",
            "0",
            "100",
            false,
            Source.PROJECT,
            "a new INDEXED series without its own cap is capped at its initial rate plus this, percentage points"),
    EXIT_SHARE_PCT(
            "exitSharePct",
            Role.CENTRAL_BANK,
            "40",
            "0",
            "100",
            false,
            Source.ESSAY,
            "high-tech share of exports above which indexation exits, %"),
    EXIT_STEPS(
            "exitSteps",
            Role.CENTRAL_BANK,
            "4",
            "1",
            "60",
            true,
            Source.PROJECT,
            "monthly steps in which an exiting coupon converges to the market rate"),
    MARKET_RATE_PCT(
            "marketRatePct",
            Role.CENTRAL_BANK,
            "1.70",
            "0",
            "100",
            false,
            Source.ESSAY,
            "market reference rate an exiting coupon converges to, % (the essays' 10-year yield)"),
    TRANCHE_WINDOW_DAYS(
            "trancheWindowDays",
            Role.TREASURY,
            "30",
            "1",
            "366",
            true,
            Source.PROJECT,
            "days a crossover signal keeps its tranche window open"),
    EXPORT_BASE_PCT(
            "exportBasePct", Role.TREASURY, "2.50", "0", "100", false, Source.PROJECT, "export program base coupon, %"),
    IMPORT_BASE_PCT(
            "importBasePct", Role.TREASURY, "3.00", "0", "100", false, Source.PROJECT, "import program base coupon, %"),
    EXPORT_SPREAD_BP(
            "exportSpreadBp",
            Role.TREASURY,
            "50",
            "0",
            "1000",
            true,
            Source.PROJECT,
            "an export tranche's coupon is the export base minus this, bp"),
    IMPORT_SPREAD_BP(
            "importSpreadBp",
            Role.TREASURY,
            "50",
            "0",
            "1000",
            true,
            Source.PROJECT,
            "an import tranche's coupon is the import base plus this, bp"),
    SECTOR_SENSITIVITY(
            "sectorSensitivity",
            Role.TREASURY,
            "0.1",
            "0",
            "10",
            false,
            Source.ESSAY,
            "coupon points per point of sector share or growth gained"),
    ALERT_THRESHOLD_USD(
            "alertThresholdUsd",
            Role.REGULATOR,
            "50000",
            "0",
            "1000000000000",
            false,
            Source.ESSAY,
            "payments of this USD equivalent or more raise an alert"),
    MIN_SHORT_SHARE_PCT(
            "minShortSharePct",
            Role.CENTRAL_BANK,
            "90",
            "0",
            "100",
            false,
            Source.ESSAY,
            "reserve share maturing within one year, at least, %"),
    MAX_BILL_DAYS(
            "maxBillDays",
            Role.CENTRAL_BANK,
            "93",
            "1",
            "3660",
            true,
            Source.PROJECT,
            "longest maturity of a reserve bill, days"),
    HAIRCUT_CASH_PCT(
            "haircutCashPct", Role.CENTRAL_BANK, "0", "0", "100", false, Source.PROJECT, "reserve haircut of CASH, %"),
    HAIRCUT_FX_DEPOSIT_PCT(
            "haircutFxDepositPct",
            Role.CENTRAL_BANK,
            "1",
            "0",
            "100",
            false,
            Source.PROJECT,
            "reserve haircut of FX_DEPOSIT, %"),
    HAIRCUT_TBILL_PCT(
            "haircutTbillPct",
            Role.CENTRAL_BANK,
            "0.5",
            "0",
            "100",
            false,
            Source.PROJECT,
            "reserve haircut of TBILL, %"),
    HAIRCUT_GOV_BOND_PCT(
            "haircutGovBondPct",
            Role.CENTRAL_BANK,
            "2",
            "0",
            "100",
            false,
            Source.PROJECT,
            "reserve haircut of GOV_BOND, %"),
    HAIRCUT_GOLD_PCT(
            "haircutGoldPct", Role.CENTRAL_BANK, "10", "0", "100", false, Source.PROJECT, "reserve haircut of GOLD, %"),
    HAIRCUT_METAL_PCT(
            "haircutMetalCertificatePct",
            Role.CENTRAL_BANK,
            "15",
            "0",
            "100",
            false,
            Source.PROJECT,
            "reserve haircut of METAL_CERTIFICATE, %");

    /** Where a default comes from. */
    public enum Source {
        /** The source studies give the number. */
        ESSAY,
        /** The project chose it. */
        PROJECT
    }

    /** Most decimal places of a value. */
    public static final int SCALE = 6;

    private final String key;
    private final Role owner;
    private final BigDecimal defaultValue;
    private final BigDecimal min;
    private final BigDecimal max;
    private final boolean whole;
    private final Source source;
    private final String meaning;

    Param(String key, Role owner, String def, String min, String max, boolean whole, Source source, String meaning) {
        this.key = key;
        this.owner = owner;
        this.defaultValue = new BigDecimal(def);
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
        this.whole = whole;
        this.source = source;
        this.meaning = meaning;
    }

    /** The name in keys, JSON and the CLI ({@code bandLowPct}). */
    public String key() {
        return key;
    }

    public Role owner() {
        return owner;
    }

    public BigDecimal defaultValue() {
        return defaultValue;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    /**
     * Most decimal places of a value: cents for the USD threshold; 4 for a percentage a reserve policy holds as a
     * ratio at 6 places (0.5% is 0.005000) and for the cap spread (added to a coupon rate); {@link #SCALE} for the
     * rest.
     */
    public int scale() {
        return switch (this) {
            case ALERT_THRESHOLD_USD -> 2;
            case RATE_CAP_SPREAD_PCT -> 4; // a coupon rate has at most 4 places
            case MIN_SHORT_SHARE_PCT,
                    HAIRCUT_CASH_PCT,
                    HAIRCUT_FX_DEPOSIT_PCT,
                    HAIRCUT_TBILL_PCT,
                    HAIRCUT_GOV_BOND_PCT,
                    HAIRCUT_GOLD_PCT,
                    HAIRCUT_METAL_PCT -> 4;
            default -> SCALE;
        };
    }

    /** Whether the value is a whole number (months, days, bp, steps). */
    public boolean whole() {
        return whole;
    }

    public Source source() {
        return source;
    }

    public String meaning() {
        return meaning;
    }

    /** The parameter named {@code key} (or its enum name), or null. */
    public static Param find(String key) {
        for (Param p : values()) {
            if (p.key.equalsIgnoreCase(key) || p.name().equalsIgnoreCase(key)) {
                return p;
            }
        }
        return null;
    }
}
