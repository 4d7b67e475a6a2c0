package io.bondbridge.chaincode.bond;

import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.bond.Holding;
import io.bondbridge.api.bond.Offer;
import io.bondbridge.api.bond.OfferAcceptResult;
import io.bondbridge.api.bond.OfferCancelResult;
import io.bondbridge.api.bond.OfferResult;
import io.bondbridge.api.bond.Series;
import io.bondbridge.api.bond.Units;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.chaincode.governance.Registry;
import io.bondbridge.chaincode.ledger.Caller;
import io.bondbridge.chaincode.ledger.Ledger;
import io.bondbridge.chaincode.stable.Settlement;
import io.bondbridge.chaincode.stable.StableKeys;
import java.time.Instant;
import java.util.List;

/**
 * Secondary DvP trades: the seller offers units at a price (they move from free to locked in its holding), a
 * buyer accepts (its stable units go to the seller and the units to it, in one transaction), or the offer is
 * cancelled. An expired offer cannot be accepted (EXPIRED); its units stay locked until someone cancels it:
 * the seller at any time, anyone once it has expired, so locked units never stay stuck.
 *
 * <p>Touches: offer - the seller's holding and the new offer row; accept - the offer row, the two holding rows
 * and the two balance rows; cancel - the offer row and the seller's holding. The series row is only read.
 */
public final class Offers {
    private final BondBook book;
    private final Registry registry;
    private final Ledger ledger;

    public Offers(Registry registry, Ledger ledger) {
        this.book = new BondBook(registry, ledger);
        this.registry = registry;
        this.ledger = ledger;
    }

    /** The owner of {@code from} offers free units; {@code expires} null = until cancelled. */
    public OfferResult offer(
            Caller caller, String seriesId, AccountId from, Amount units, Amount priceGiven, Instant expires) {
        AccountId seller = book.owned(caller, from);
        // Every row below, in one request: the series, the seller's account, holding and pledge.
        String id = Series.requireId(seriesId);
        ledger.prefetch(List.of(
                BondKeys.series(id),
                Registry.accountKey(seller),
                BondKeys.holding(id, seller),
                StableKeys.pledge(id, seller.owner())));
        Series s = book.series(seriesId);
        Amount price = priceGiven.in(s.currency(), "price");
        if (expires != null && !ledger.now().isBefore(expires)) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT,
                    "offer expiry %s is not after the transaction time %s",
                    expires,
                    ledger.now());
        }
        registry.requireActive(seller, "send");
        Holding h = book.holding(s, seller);
        Bonds.requireFree(h, units, s);
        // The lot becomes the buyer's holding; what stays free is the seller's.
        book.requireDenomination(s, units, "the offered lot");
        book.requireDenomination(s, h.units().minus(units), "the free holding of " + seller);
        book.requirePledgeKept(s, seller, units);
        Offer offer = new Offer(
                ledger.txId(),
                s.seriesId(),
                seller.toString(),
                units,
                price,
                s.currency(),
                expires,
                Offer.Status.OPEN,
                null,
                ledger.now(),
                null);
        book.putHolding(s, seller, h.with(h.units().minus(units), h.locked().plus(units)));
        ledger.put(BondKeys.offer(offer.offerId()), offer);
        ledger.emit("BondOffered", offer);
        return new OfferResult(ledger.txId(), offer.offerId(), offer);
    }

    /** The owner of {@code buyerAccount} takes the whole offer: DvP, both legs or neither. */
    public OfferAcceptResult accept(Caller caller, String offerId, AccountId buyerAccount) {
        AccountId buyer = book.owned(caller, buyerAccount);
        Offer offer = open(offerId);
        prefetchTrade(offer, buyer);
        if (offer.expiredAt(ledger.now())) {
            throw LedgerException.of(
                    ErrorCode.EXPIRED,
                    "offer %s expired at %s (now %s); cancel it to unlock its units",
                    offerId,
                    offer.expires(),
                    ledger.now());
        }
        Series s = book.series(offer.series());
        AccountId seller = registry.accountId(offer.seller());
        if (seller.equals(buyer)) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "%s cannot accept its own offer", buyer);
        }
        Amount cash = Units.cash(offer.units(), offer.price());
        Settlement payment = new Settlement(registry, ledger).move(buyer, seller, s.currency(), cash);
        book.requireEligible(buyer, payment, s.currency());
        Holding from = book.holding(s, seller);
        Holding to = book.holding(s, buyer);
        // Settlement checks the buyer's funds and that both accounts are active before anything is written.
        payment.apply();
        book.putHolding(s, seller, from.with(from.units(), from.locked().minus(offer.units())));
        book.putHolding(s, buyer, to.withUnits(to.units().plus(offer.units())));
        ledger.put(BondKeys.offer(offerId), closed(offer, Offer.Status.ACCEPTED, buyer.toString()));
        OfferAcceptResult r = new OfferAcceptResult(
                ledger.txId(),
                offerId,
                s.seriesId(),
                seller.toString(),
                buyer.toString(),
                offer.units(),
                offer.price(),
                cash);
        ledger.emit("BondOfferAccepted", r);
        return r;
    }

    /**
     * The rows an accept reads once the offer is known, in one request: the series, the seller's participant (its
     * account names it by MSP ID), both holdings and both balance rows of the offer's currency.
     */
    private void prefetchTrade(Offer offer, AccountId buyer) {
        AccountId seller = AccountId.parse(offer.seller(), "seller");
        ledger.prefetch(List.of(
                BondKeys.series(offer.series()),
                Registry.participantKey(seller.owner()),
                BondKeys.holding(offer.series(), seller),
                BondKeys.holding(offer.series(), buyer),
                StableKeys.balance(buyer, offer.currency()),
                StableKeys.balance(seller, offer.currency())));
    }

    /** The seller's owner cancels at any time; anyone may cancel an expired offer. The units unlock. */
    public OfferCancelResult cancel(Caller caller, String offerId) {
        registry.caller(caller);
        Offer offer = open(offerId);
        AccountId seller = registry.accountId(offer.seller());
        if (!seller.owner().equals(caller.mspId()) && !offer.expiredAt(ledger.now())) {
            throw LedgerException.of(
                    ErrorCode.FORBIDDEN,
                    "%s may not cancel offer %s of %s before it expires (%s)",
                    caller.mspId(),
                    offerId,
                    seller,
                    offer.expires() == null ? "never" : offer.expires());
        }
        Series s = book.series(offer.series());
        Holding h = book.holding(s, seller);
        book.putHolding(
                s, seller, h.with(h.units().plus(offer.units()), h.locked().minus(offer.units())));
        ledger.put(BondKeys.offer(offerId), closed(offer, Offer.Status.CANCELLED, null));
        OfferCancelResult r =
                new OfferCancelResult(ledger.txId(), offerId, s.seriesId(), seller.toString(), offer.units());
        ledger.emit("BondOfferCancelled", r);
        return r;
    }

    public Offer get(Caller caller, String offerId) {
        registry.caller(caller);
        return ledger.get(BondKeys.offer(offerId), Offer.class, "offer " + offerId);
    }

    private Offer open(String offerId) {
        Offer offer = ledger.get(BondKeys.offer(offerId), Offer.class, "offer " + offerId);
        if (offer.status() != Offer.Status.OPEN) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "offer %s is %s, not OPEN", offerId, offer.status());
        }
        return offer;
    }

    /** The offer closed now: ACCEPTED by {@code buyerAccount}, or CANCELLED (no buyer). */
    private Offer closed(Offer o, Offer.Status to, String buyerAccount) {
        return new Offer(
                o.offerId(),
                o.series(),
                o.seller(),
                o.units(),
                o.price(),
                o.currency(),
                o.expires(),
                to,
                buyerAccount,
                o.createdAt(),
                ledger.now());
    }
}
