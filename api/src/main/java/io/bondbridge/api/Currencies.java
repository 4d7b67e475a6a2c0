package io.bondbridge.api;

import java.util.regex.Pattern;

/**
 * Currency codes and their number of decimal places. A fixed table, not {@link java.util.Currency}, so every peer
 * agrees whatever JDK it runs.
 */
public final class Currencies {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private Currencies() {}

    /** Validates an ISO 4217-style code (three capital letters) and returns it. */
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

    /** Parses an amount of money in {@code currency}, at that currency's scale. */
    public static Amount parse(String text, String currency, String what) {
        return Amount.parse(text, scale(currency), what);
    }
}
