package io.bondbridge.api.stable;

import java.util.List;

/** A policy as set, and the limits the current reserve breaks under it (reported, not rejected). */
public record ReservePolicyResult(
        String txId, ReservePolicy policy, List<String> breaches, List<String> breachMessages) {}
