package io.bondbridge.api.bond;

import io.bondbridge.api.Amount;

/**
 * What a primary issue (delivery versus payment) did: {@code units} to {@code account} for {@code cash} at
 * {@code price}, and the series' issued and outstanding units after it.
 */
public record IssueResult(
        String txId,
        String series,
        String account,
        Amount units,
        Amount price,
        Amount cash,
        Amount issued,
        Amount outstanding) {}
