package io.bondbridge.api.bond;

import io.bondbridge.api.Amount;

/** What accepting an offer did: {@code units} from seller to buyer for {@code cash}, delivery versus payment. */
public record OfferAcceptResult(
        String txId,
        String offerId,
        String series,
        String seller,
        String buyer,
        Amount units,
        Amount price,
        Amount cash) {}
