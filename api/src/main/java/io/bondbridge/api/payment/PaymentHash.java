package io.bondbridge.api.payment;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.LedgerException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The public fingerprint of a payment's private details:
 *
 * <pre>
 * hash = lower-case hex of SHA-256( UTF-8(salt) || 0x00 || canonical JSON of {@link PaymentDetails} )
 * </pre>
 *
 * The canonical JSON is the ledger codec's (keys sorted, no whitespace, no nulls, amounts and rates as strings),
 * the exact bytes of the {@code details} object in the private row. The salt (32 to 128 hex digits from the
 * sending client) keeps anyone from confirming a guessed amount against the public hash; with the salt, a member
 * proves the details match the channel's record.
 */
public final class PaymentHash {
    private static final Pattern SALT = Pattern.compile("[0-9a-f]{32,128}");

    private PaymentHash() {}

    public static String of(PaymentDetails details, String salt) {
        requireSalt(salt);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Json.bytes(details));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw LedgerException.of(ErrorCode.INTERNAL, "SHA-256 unavailable: %s", e.getMessage());
        }
    }

    /** Whether {@code details} with {@code salt} are what {@code hash} was computed from. */
    public static boolean matches(PaymentDetails details, String salt, String hash) {
        return of(details, salt).equals(hash);
    }

    /** {@code salt}, when it is 32 to 128 lower-case hex digits; else INVALID_ARGUMENT. */
    public static String requireSalt(String salt) {
        if (salt == null || !SALT.matcher(salt).matches()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "salt must be 32 to 128 lower-case hex digits from the client");
        }
        return salt;
    }
}
