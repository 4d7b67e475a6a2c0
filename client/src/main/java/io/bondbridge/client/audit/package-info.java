/**
 * Client of the audit contract ({@code BondBridge.audit()}): reserve composition now or as of, stress tests, key
 * histories, and {@link io.bondbridge.client.audit.MerkleProofs}, a standalone verifier of reserve inclusion proofs
 * (the hashing is specified in {@code io.bondbridge.api.stable}'s package documentation).
 */
package io.bondbridge.client.audit;
