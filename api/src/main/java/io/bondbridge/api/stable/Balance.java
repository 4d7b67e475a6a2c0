package io.bondbridge.api.stable;

import io.bondbridge.api.Amount;
import java.util.Objects;

/**
 * What one account holds of one stable currency; stored under {@code stable.balance (owner, name, currency)}, one
 * row per account and currency, so a transfer touches only the two rows it moves between.
 *
 * @param account canonical account id, {@code MSPID:name}
 * @param currency the stable currency
 * @param balance units held, at the currency's scale, never negative
 */
public record Balance(String account, String currency, Amount balance) {
    public Balance {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(balance, "balance");
    }
}
