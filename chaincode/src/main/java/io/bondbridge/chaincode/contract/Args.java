package io.bondbridge.chaincode.contract;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.Limits;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Parsing of transaction arguments at the contract's edge, with the argument's name in every rejection. Values are
 * parsed by the api's parsers ({@code Amount.positive}, {@code Units.positive}, {@code AccountId.parse},
 * {@code Parse.date}...); this class adds what is particular to arguments: required and optional text, JSON inputs
 * and enums.
 */
final class Args {
    private Args() {}

    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s is required", name);
        }
        return value.strip();
    }

    /** Optional arguments travel as empty strings. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An optional argument parsed by {@code parser} (given the text and {@code name}), or null when empty. */
    static <T> T optional(String value, String name, BiFunction<String, String, T> parser) {
        String v = optional(value);
        return v == null ? null : parser.apply(v, name);
    }

    /**
     * Reads a JSON input; any failure of the codec (a malformed date, number or enum) is the caller's
     * INVALID_ARGUMENT, never an "Unexpected error".
     */
    static <T> T json(String json, Class<T> type, String what) {
        try {
            return Json.read(json, type);
        } catch (LedgerException e) {
            throw e;
        } catch (RuntimeException e) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "malformed %s: %s", what, e.getMessage());
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        String v = required(value, name).toUpperCase(Locale.ROOT);
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "%s '%s' is not one of %s",
                    name,
                    value,
                    Arrays.toString(type.getEnumConstants()));
        }
    }

    static <E extends Enum<E>> List<E> enumList(Class<E> type, String csv, String name) {
        String v = optional(Limits.list(csv, name + " items"));
        if (v == null) {
            return List.of();
        }
        return Arrays.stream(v.split(",")).map(s -> enumValue(type, s, name)).toList();
    }
}
