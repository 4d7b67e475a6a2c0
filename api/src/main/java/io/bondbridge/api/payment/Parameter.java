package io.bondbridge.api.payment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The reply of {@code setAlertThreshold}: the version of the governed parameter {@code alertThresholdUsd} it set.
 * Before the threshold was a governed parameter it was stored as this record under {@code pay.param (name)}; such a
 * row still holds until the parameter is first set.
 *
 * @param name the parameter ({@code alertThresholdUsd})
 * @param value its value
 * @param by who set it
 * @param at when
 * @param txId the setting transaction
 */
public record Parameter(String name, BigDecimal value, String by, Instant at, String txId) {}
