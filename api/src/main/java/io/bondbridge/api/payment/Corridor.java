package io.bondbridge.api.payment;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.governance.ReferenceRate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A payment corridor between two or more jurisdictions; stored under {@code pay.corridor (id)}. A payment between
 * agents of any two different member jurisdictions may use it, either way (CN-HK is the two-member case; a
 * China-Central Asia-Russia corridor is {@code CN,KZ,KG,RU,...}). Its currencies and daily limit are the corridor's,
 * shared by every pair of members. A payment names its corridor, so finding it is one key read however many
 * corridors exist; membership is a look-up in this (at most {@link #MAX_JURISDICTIONS}) list.
 *
 * @param id corridor id, e.g. {@code CN-HK}
 * @param jurisdictions the ISO 3166 codes it links (two or more), sorted; a payment goes either way
 * @param currencies the currencies payments in it may instruct or settle in, sorted; empty: any
 * @param dailyLimitUsd the most the corridor carries per UTC day, USD equivalent at scale 2; null: no limit
 * @param setBy MSP ID that set it (null for a built-in default not yet stored)
 * @param at timestamp of the setting transaction
 * @param txId the setting transaction
 */
public record Corridor(
        String id,
        List<String> jurisdictions,
        List<String> currencies,
        Amount dailyLimitUsd,
        String setBy,
        Instant at,
        String txId) {
    /** Enough for any regional corridor (ASEAN has 10 members, the Gulf Cooperation Council 6). */
    public static final int MAX_JURISDICTIONS = 32;

    public Corridor {
        Ids.require(id, "corridor id");
        jurisdictions = Objects.requireNonNullElse(jurisdictions, List.<String>of()).stream()
                .distinct()
                .sorted()
                .toList();
        if (jurisdictions.size() < 2
                || jurisdictions.size() > MAX_JURISDICTIONS
                || !jurisdictions.stream().allMatch(j -> j.matches("[A-Z]{2}"))) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "corridor %s needs 2 to %d different jurisdictions (ISO 3166 codes such as CN,HK or CN,KZ,RU),"
                            + " got %s",
                    id,
                    MAX_JURISDICTIONS,
                    jurisdictions);
        }
        currencies = Objects.requireNonNullElse(currencies, List.<String>of()).stream()
                .map(Currencies::require)
                .distinct()
                .sorted()
                .toList();
        if (dailyLimitUsd != null
                && (!dailyLimitUsd.isPositive() || dailyLimitUsd.scale() != Currencies.scale(ReferenceRate.USD))) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "daily limit %s USD of %s must be more than zero", dailyLimitUsd, id);
        }
    }

    /** Whether a payment between agents of these two jurisdictions (two different members) may use the corridor. */
    public boolean links(String from, String to) {
        return !from.equals(to) && jurisdictions.contains(from) && jurisdictions.contains(to);
    }

    public boolean carries(String currency) {
        return currencies.isEmpty() || currencies.contains(currency);
    }
}
