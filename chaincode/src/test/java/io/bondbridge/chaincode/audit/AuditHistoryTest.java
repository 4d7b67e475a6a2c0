package io.bondbridge.chaincode.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.audit.History;
import org.junit.jupiter.api.Test;

class AuditHistoryTest {
    /** Clients check a KIND against the api's list before asking; the ledger answers exactly those. */
    @Test
    void theLedgerAnswersTheKindsTheApiNames() {
        assertThat(AuditHistory.KINDS.keySet()).isEqualTo(History.KINDS);
    }
}
