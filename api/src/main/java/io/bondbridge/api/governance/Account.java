package io.bondbridge.api.governance;

import java.time.Instant;

/**
 * An account of a participant. Balances and holdings live in their own rows keyed by account, so a transfer
 * touches only the accounts it moves between.
 *
 * @param id canonical reference, {@code MSPID:name}
 * @param owner MSP ID of the owner
 * @param name account name
 * @param openedAt timestamp of the opening transaction
 * @param frozen true while a regulator's freeze is in force: the account can neither send nor receive
 * @param freezeReason why it was frozen (null when not frozen)
 * @param orderRef reference to the legal order behind the freeze (null when none)
 * @param frozenAt when the freeze took effect (null when not frozen)
 */
public record Account(
        String id,
        String owner,
        String name,
        Instant openedAt,
        boolean frozen,
        String freezeReason,
        String orderRef,
        Instant frozenAt) {

    public AccountId accountId() {
        return new AccountId(owner, name);
    }
}
