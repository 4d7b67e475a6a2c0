package io.bondbridge.chaincode.bond;

import io.bondbridge.api.bond.Series;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Ledger;
import io.bondbridge.chaincode.stable.BondSeries;

/**
 * The bond feature's answer to the reserve: a GOV_BOND reserve asset may be one of this ledger's own series. Its
 * holding counts free units only: units locked in an offer are on their way out.
 */
public final class BondReserveLink implements BondSeries {
    private final BondBook book;

    public BondReserveLink(Registry registry, Ledger ledger) {
        this.book = new BondBook(registry, ledger);
    }

    @Override
    public Facts facts(String seriesId, String holderMspId) {
        Series s = book.series(seriesId);
        return new Facts(
                s.seriesId(), s.currency(), s.maturity(), s.issuer(), book.freeUnits(s.seriesId(), holderMspId));
    }
}
