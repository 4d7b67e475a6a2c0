/**
 * The records of the audit queries: key histories ({@link io.bondbridge.api.audit.History}) and reserve stress
 * tests ({@link io.bondbridge.api.audit.StressScenario}, {@link io.bondbridge.api.audit.StressResult}).
 */
package io.bondbridge.api.audit;
