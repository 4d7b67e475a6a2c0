/**
 * Client of the stable-unit, reserve and reference-rate contracts: {@link io.bondbridge.client.stable.StableClient}
 * ({@code BondBridge.stableUnits()}), {@link io.bondbridge.client.stable.ReserveClient} ({@code reserves()}) and
 * {@link io.bondbridge.client.stable.FxClient} ({@code fx()}). The records they return are the api's
 * ({@code io.bondbridge.api.stable}): the very types the chaincode writes.
 */
package io.bondbridge.client.stable;
