package io.bondbridge.api.payment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A governed parameter of the payment rules, under {@code pay.param (name)}; absent means the documented default.
 *
 * @param name the parameter ({@code alertThresholdUsd})
 * @param value its value
 * @param by who set it
 * @param at when
 * @param txId the setting transaction
 */
public record Parameter(String name, BigDecimal value, String by, Instant at, String txId) {}
