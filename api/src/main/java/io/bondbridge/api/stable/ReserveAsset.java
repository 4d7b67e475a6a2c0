package io.bondbridge.api.stable;

import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One asset of a stable unit's reserve, as its custodian recorded and attested it. Stored under {@code
 * stable.asset (reserve, id)}; its canonical JSON is also the Merkle leaf of the reserve digest (see the package
 * documentation).
 *
 * @param id asset id, unique on the ledger (letters, digits, '.', '_', '-'; at most 64)
 * @param reserve the stable currency this asset backs (the reserve it belongs to)
 * @param assetClass what kind of asset it is
 * @param currency the currency its unit price is quoted in; when not {@code reserve}, the asset is valued through
 *     the USD reference rates of both currencies
 * @param quantity number of units held (face amount, ounces, certificates...), more than zero, at most 6 places,
 *     no trailing zeros
 * @param unitPrice price of one unit in {@code currency}, at least zero, at most 8 places, no trailing zeros
 * @param valuedAt when quantity and price were last recorded (timestamp of that transaction)
 * @param maturity maturity date; required for TBILL and GOV_BOND, optional otherwise (null: none)
 * @param custodian who holds it: the recording participant's MSP ID, or the name of an outside sub-custodian
 * @param issuer whose obligation it is (for concentration limits); defaults to the custodian
 * @param attestation who attested the record, when, and the hash of the custodian's statement
 * @param recordedBy MSP ID of the custodian participant that owns this record; only it updates or removes it
 * @param series the bond series of this ledger this asset is, or null (absent from the JSON, so records without
 *     one keep their bytes); its units are pledged: see the chaincode's {@code BondSeries}
 */
public record ReserveAsset(
        String id,
        String reserve,
        AssetClass assetClass,
        String currency,
        BigDecimal quantity,
        BigDecimal unitPrice,
        Instant valuedAt,
        LocalDate maturity,
        String custodian,
        String issuer,
        Attestation attestation,
        String recordedBy,
        String series) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._&()-]{0,79}");
    private static final Pattern HEX = Pattern.compile("([0-9a-f]{2}){16,64}");

    public ReserveAsset {
        id = requireId(id);
        Currencies.require(reserve);
        Objects.requireNonNull(assetClass, "assetClass");
        Currencies.require(currency);
        quantity = Decimals.canonical(quantity, Decimals.QUANTITY_SCALE, "quantity of " + id);
        if (quantity.signum() == 0) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "quantity of %s must be more than zero", id);
        }
        unitPrice = Decimals.canonical(unitPrice, Decimals.PRICE_SCALE, "unit price of " + id);
        Objects.requireNonNull(valuedAt, "valuedAt");
        if (assetClass.requiresMaturity() && maturity == null) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s %s needs a maturity date", assetClass, id);
        }
        custodian = requireName(custodian, "custodian of " + id);
        issuer = requireName(issuer, "issuer of " + id);
        Objects.requireNonNull(attestation, "attestation");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (series != null && assetClass != AssetClass.GOV_BOND) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s names bond series %s but is %s, not GOV_BOND",
                    id,
                    series,
                    assetClass);
        }
    }

    /**
     * Who attested the record and when (the recording transaction's caller and timestamp), and the SHA-256 (or
     * other) hash of the custodian's statement it rests on, lower-case hex, or null when none was given.
     */
    public record Attestation(String attestedBy, Instant attestedAt, String statementHash) {
        public Attestation {
            Objects.requireNonNull(attestedBy, "attestedBy");
            Objects.requireNonNull(attestedAt, "attestedAt");
            statementHash = normalizeStatementHash(statementHash);
        }
    }

    public static String requireId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "asset id '%s' is invalid (letters, digits, '.', '_', '-'; at most 64)",
                    id);
        }
        return id;
    }

    static String requireName(String name, String what) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s '%s' is not a valid name", what, name);
        }
        return name;
    }

    /** Normalizes a statement hash to lower-case hex of 16 to 64 bytes; null stays null. */
    public static String normalizeStatementHash(String hex) {
        return normalizeStatementHash(hex, "statement hash");
    }

    /** {@link #normalizeStatementHash(String)}, naming the argument {@code what} in a rejection. */
    public static String normalizeStatementHash(String hex, String what) {
        if (hex == null) {
            return null;
        }
        String h = hex.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("0x")) {
            h = h.substring(2);
        }
        if (!HEX.matcher(h).matches()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s '%s' is not hex of 16 to 64 bytes (e.g. a SHA-256 of 64 hex digits)",
                    what,
                    hex);
        }
        return h;
    }
}
