/**
 * Cross-border payments: corridors of two or more jurisdictions, pacs.008-style payments with a unique end-to-end id,
 * PvP through an FX provider's standing quote, tiered privacy (details in a private data collection, a salted hash
 * on the channel), compliance (USD-equivalent alerts, the regulator's block list, corridors' daily limits),
 * multilateral netting cycles and funded central-bank swap lines ({@link io.bondbridge.chaincode.payment.SwapLines}: a
 * draw moves the lender's units to the drawer and the drawer's own currency into escrow in one settlement).
 *
 * <h2>State</h2>
 *
 * See {@link io.bondbridge.chaincode.payment.PaymentKeys}. A payment writes rows keyed by its own end-to-end id
 * and the balance rows it moves (through {@link io.bondbridge.chaincode.stable.Settlement}); the one shared row is
 * the daily usage row of a corridor that has a limit, so only payments of one limited corridor and UTC day
 * conflict with each other (and the transports retry that conflict).
 *
 * <h2>Privacy</h2>
 *
 * The sending client puts everything private in transient data ({@link io.bondbridge.api.payment.Instruction});
 * the chaincode writes the details ({@link io.bondbridge.api.payment.PaymentDetails}) with the client's salt to
 * the collection {@code pd_<MSP1>_<MSP2>} of the two agents (members: the two and the regulator) and only
 * {@link io.bondbridge.api.payment.PaymentHash} of them, the corridor, the status and the alert flag to the
 * channel. Responses and events of submits carry public fields only: they are written into every member's blocks.
 * The stable-unit movement of a settlement is public state (balance rows), as any transfer is.
 */
package io.bondbridge.chaincode.payment;
