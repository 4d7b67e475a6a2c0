/**
 * The client side of bond tokens: {@link io.bondbridge.client.bond.BondClient} (through
 * {@code BondBridge.bonds()}) and the client-only issuance sizing indicators
 * ({@link io.bondbridge.client.bond.SizingCalculator}).
 */
package io.bondbridge.client.bond;
