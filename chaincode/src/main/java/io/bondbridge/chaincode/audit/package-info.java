/**
 * Read-only audit queries across features: key histories of accounts and reserve assets ({@link
 * io.bondbridge.chaincode.audit.AuditHistory}, extensible by kind) and reserve stress tests ({@link
 * io.bondbridge.chaincode.audit.StressTest}, where the yield-shock duration approximation is documented). As-of
 * reserve compositions are rebuilt from key histories by {@link io.bondbridge.chaincode.stable.ReserveSnapshots}.
 */
package io.bondbridge.chaincode.audit;
