/**
 * Client of cross-border payments: {@link io.bondbridge.client.payment.PaymentClient} ({@code
 * BondBridge.payments()}), with {@link io.bondbridge.client.payment.CorridorClient} (corridors, block list, alerts)
 * and {@link io.bondbridge.client.payment.NettingClient} (netting cycles, swap lines). The records returned are the
 * api's ({@code io.bondbridge.api.payment}): the very types the chaincode writes.
 */
package io.bondbridge.client.payment;
