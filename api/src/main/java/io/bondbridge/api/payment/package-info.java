/**
 * The records of cross-border payments: the instruction a sender puts in transient data
 * ({@link io.bondbridge.api.payment.Instruction}), the public record and the private details of a payment and the
 * salted hash that ties them ({@link io.bondbridge.api.payment.PaymentHash}, which a client recomputes
 * off-ledger), corridors, compliance alerts, the block list, FX quotes, netting cycles and their reports, and swap
 * lines.
 */
package io.bondbridge.api.payment;
