package io.bondbridge.api;

import java.util.regex.Pattern;

/**
 * Currency codes and their number of decimal places. A fixed table, not {@link java.util.Currency}, so every peer
 * agrees whatever JDK it runs.
 */
public final class Currencies {
    /** The most decimal places of any currency's minor unit (BHD, KWD...). */
    public static final int MAX_SCALE = 3;

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private Currencies() {}

    /** The parser of a currency code: an ISO 4217-style code (three capital letters), returned as is. */
    public static String require(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "currency '%s' is not a 3-letter code", code);
        }
        return code;
    }

    /** Decimal places of the currency's minor unit. */
    public static int scale(String code) {
        return switch (require(code)) {
            case "JPY", "KRW", "VND", "CLP", "ISK", "UGX" -> 0;
            case "BHD", "KWD", "OMR", "JOD", "TND", "LYD", "IQD" -> 3;
            default -> 2;
        };
    }
}
