package io.bondbridge.api.bond;

import io.bondbridge.api.Amount;
import java.util.List;
import java.util.SortedMap;

/**
 * A series' earmarked proceeds: what its primary issues raised, what was paid out of its proceeds account by use,
 * and what is left. Unspent = raised - sum of disbursed.
 *
 * @param account the proceeds account, {@code ISSUER:proceeds.SERIES}: issue cash lands here and leaves only by a
 *     disbursement naming an allowed use
 * @param raised cash of every primary issue, in the series currency
 * @param disbursed per use, in use order
 * @param unspent raised minus everything disbursed
 * @param uses the uses a disbursement may name
 */
public record Proceeds(
        String account, Amount raised, SortedMap<String, Amount> disbursed, Amount unspent, List<String> uses) {}
