package io.bondbridge.api.governance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A governed parameter as the ledger holds it: one version of {@code gov.param (name)}, or the default when it was
 * never set ({@code setBy}, {@code at}, {@code txId} null).
 *
 * @param name the parameter's key ({@code bandLowPct})
 * @param value the value in force
 * @param defaultValue its default
 * @param owner the role that may set it
 * @param source ESSAY or PROJECT: where the default comes from
 * @param setBy MSP ID of the participant that set this value, or null for the default
 * @param at when, or null
 * @param txId the setting transaction, or null
 * @param previous the value before this change (the default for the first change), or null for the default
 * @param reason why it was changed (free text), or null
 */
public record ParamValue(
        String name,
        BigDecimal value,
        BigDecimal defaultValue,
        Role owner,
        Param.Source source,
        String setBy,
        Instant at,
        String txId,
        BigDecimal previous,
        String reason) {
    public ParamValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** The default of {@code p}, as it reads before anyone sets it. */
    public static ParamValue ofDefault(Param p) {
        return new ParamValue(
                p.key(), p.defaultValue(), p.defaultValue(), p.owner(), p.source(), null, null, null, null, null);
    }
}
