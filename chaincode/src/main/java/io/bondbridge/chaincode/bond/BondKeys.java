package io.bondbridge.chaincode.bond;

import io.bondbridge.api.bond.Claim;
import io.bondbridge.api.bond.CouponPeriod;
import io.bondbridge.api.bond.Disbursement;
import io.bondbridge.api.bond.Holding;
import io.bondbridge.api.bond.IndexKind;
import io.bondbridge.api.bond.Offer;
import io.bondbridge.api.bond.RateReset;
import io.bondbridge.api.bond.SectorFigure;
import io.bondbridge.api.bond.SectorLink;
import io.bondbridge.api.bond.Series;
import io.bondbridge.api.bond.Subscription;
import io.bondbridge.api.bond.Tender;
import io.bondbridge.api.bond.TradeMonth;
import io.bondbridge.api.bond.TradeSignal;
import io.bondbridge.api.bond.Tranche;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.chaincode.ledger.Key;

/**
 * The state namespaces of bond tokens. They are part of the stored keys: never rename one.
 *
 * <pre>
 * bond.series        (seriesId)                        -> {@link Series}        write-once terms
 * bond.supply        (seriesId, txId)                  -> {@link SupplyChange}  one row per issue, redeem, buyback
 * bond.totals        (seriesId)                        -> {@link SeriesTotals}  running supply and proceeds totals
 * bond.disbursement  (seriesId, txId)                  -> {@link Disbursement}  one row per payment of proceeds
 * bond.holding       (seriesId, ownerMsp, accountName) -> {@link Holding}       units and locked units
 * bond.subscription  (seriesId, ownerMsp, accountName) -> {@link Subscription}  buyer's consent to pay (issue)
 * bond.tender        (seriesId, ownerMsp, accountName) -> {@link Tender}        holder's consent to sell (buyback)
 * bond.offer         (offerId)                         -> {@link Offer}         DvP offers, offerId = txId
 * bond.period        (seriesId, periodId)              -> {@link CouponPeriod}  write-once coupon effect
 * bond.claim         (seriesId, periodId, owner, name) -> {@link Claim}         write-once: the holder was paid
 * bond.trade         (month)                           -> {@link TradeMonth}    write-once STATISTICS data
 * bond.reset         (seriesId, month)                 -> {@link RateReset}     write-once indexed-rate resets
 * bond.indexstate    (seriesId)                        -> {@link RateIndex.State} the band index's state, monthly
 * bond.signal        (month)                           -> {@link TradeSignal}   write-once crossover signals
 * bond.tranche       (seriesId)                        -> {@link Tranche}       write-once: the signal behind a tranche
 * bond.sector        (kind, sector, month)             -> {@link SectorFigure}  write-once STATISTICS sector data
 * bond.sectorlink    (seriesId)                        -> {@link SectorLink}    write-once sector index of a series
 * </pre>
 *
 * <p>Outstanding and proceeds are running totals in the series' totals row, which only issue, redeem, buyback and
 * disburse write (each also appends its supply or disbursement row, the audit trail the totals always sum to), so
 * their cost does not grow with the series' history. Transfers, offers and claims touch the holding rows of their
 * accounts (and the offer, claim and balance rows) and only read the series row.
 */
public final class BondKeys {
    public static final String SERIES = "bond.series";
    public static final String SUPPLY = "bond.supply";
    public static final String TOTALS = "bond.totals";
    public static final String DISBURSEMENT = "bond.disbursement";
    public static final String HOLDING = "bond.holding";
    public static final String SUBSCRIPTION = "bond.subscription";
    public static final String TENDER = "bond.tender";
    public static final String OFFER = "bond.offer";
    public static final String PERIOD = "bond.period";
    public static final String CLAIM = "bond.claim";
    public static final String TRADE = "bond.trade";
    public static final String RESET = "bond.reset";
    public static final String INDEX_STATE = "bond.indexstate";
    public static final String SIGNAL = "bond.signal";
    public static final String TRANCHE = "bond.tranche";
    public static final String SECTOR = "bond.sector";
    public static final String SECTOR_LINK = "bond.sectorlink";

    private BondKeys() {}

    public static Key series(String seriesId) {
        return Key.of(SERIES, seriesId);
    }

    public static Key supply(String seriesId, String txId) {
        return Key.of(SUPPLY, seriesId, txId);
    }

    public static Key totals(String seriesId) {
        return Key.of(TOTALS, seriesId);
    }

    public static Key disbursement(String seriesId, String txId) {
        return Key.of(DISBURSEMENT, seriesId, txId);
    }

    public static Key holding(String seriesId, AccountId account) {
        return Key.of(HOLDING, seriesId, account.owner(), account.name());
    }

    public static Key subscription(String seriesId, AccountId account) {
        return Key.of(SUBSCRIPTION, seriesId, account.owner(), account.name());
    }

    public static Key tender(String seriesId, AccountId account) {
        return Key.of(TENDER, seriesId, account.owner(), account.name());
    }

    public static Key offer(String offerId) {
        return Key.of(OFFER, offerId);
    }

    public static Key period(String seriesId, String periodId) {
        return Key.of(PERIOD, seriesId, periodId);
    }

    public static Key claim(String seriesId, String periodId, AccountId account) {
        return Key.of(CLAIM, seriesId, periodId, account.owner(), account.name());
    }

    public static Key trade(String month) {
        return Key.of(TRADE, month);
    }

    public static Key reset(String seriesId, String month) {
        return Key.of(RESET, seriesId, month);
    }

    public static Key indexState(String seriesId) {
        return Key.of(INDEX_STATE, seriesId);
    }

    public static Key signal(String month) {
        return Key.of(SIGNAL, month);
    }

    public static Key tranche(String seriesId) {
        return Key.of(TRANCHE, seriesId);
    }

    public static Key sector(IndexKind kind, String sector, String month) {
        return Key.of(SECTOR, kind.name(), sector, month);
    }

    public static Key sectorLink(String seriesId) {
        return Key.of(SECTOR_LINK, seriesId);
    }
}
