package io.bondbridge.chaincode.bond;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.bond.Units;
import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A series' running totals, stored under {@code bond.totals (series)}: one point read and one write per issue,
 * redemption, buyback or disbursement, whatever the length of the series' history. The supply and disbursement rows
 * stay the append-only audit trail; these totals always equal their sums (each writer adds its own row and changes
 * these totals in the same transaction).
 *
 * <p>Why one row and not shards (as stable mint headroom has): every writer of it already writes one row per series
 * that all the others write too (an issue credits the series' proceeds account; a redemption or buyback debits the
 * issuer's paying account; a disbursement debits the proceeds account), so concurrent writers of one series conflict
 * there anyway, and the authorized-amount check wants the exact issued total. Writers of different series share no
 * key.
 *
 * @param series series id
 * @param issued units ever issued (primary issues); at most the authorized units
 * @param redeemed units redeemed at maturity
 * @param boughtBack units bought back by the issuer
 * @param raised cash of every issue, in the series currency
 * @param disbursed per use, what the proceeds account paid out
 * @param txId the last transaction that changed them
 * @param at its timestamp
 */
public record SeriesTotals(
        String series,
        Amount issued,
        Amount redeemed,
        Amount boughtBack,
        Amount raised,
        SortedMap<String, Amount> disbursed,
        String txId,
        Instant at) {

    public SeriesTotals {
        disbursed = Collections.unmodifiableSortedMap(new TreeMap<>(disbursed == null ? new TreeMap<>() : disbursed));
    }

    static SeriesTotals empty(String series, String currency) {
        Amount zero = Amount.zero(Currencies.scale(currency));
        return new SeriesTotals(series, Units.ZERO, Units.ZERO, Units.ZERO, zero, null, null, null);
    }

    /** Units in holders' hands (free or locked): issued - redeemed - bought back. */
    public Amount outstanding() {
        return issued.minus(redeemed).minus(boughtBack);
    }

    /** Raised minus everything disbursed. */
    public Amount unspent() {
        Amount left = raised;
        for (Amount a : disbursed.values()) {
            left = left.minus(a);
        }
        return left;
    }

    /** These totals with one supply change counted, as of {@code txId} at {@code now}. */
    SeriesTotals with(SupplyChange c) {
        return switch (c.kind()) {
            case ISSUE ->
                new SeriesTotals(
                        series,
                        issued.plus(c.units()),
                        redeemed,
                        boughtBack,
                        raised.plus(c.cash()),
                        disbursed,
                        c.txId(),
                        c.at());
            case REDEEM ->
                new SeriesTotals(
                        series, issued, redeemed.plus(c.units()), boughtBack, raised, disbursed, c.txId(), c.at());
            case BUYBACK ->
                new SeriesTotals(
                        series, issued, redeemed, boughtBack.plus(c.units()), raised, disbursed, c.txId(), c.at());
        };
    }

    /** These totals with {@code amount} disbursed to {@code use}. */
    SeriesTotals disburse(String use, Amount amount, String tx, Instant now) {
        TreeMap<String, Amount> d = new TreeMap<>(disbursed);
        d.merge(use, amount, Amount::plus);
        return new SeriesTotals(series, issued, redeemed, boughtBack, raised, d, tx, now);
    }
}
