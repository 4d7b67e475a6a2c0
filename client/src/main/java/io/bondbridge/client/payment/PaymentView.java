package io.bondbridge.client.payment;

import io.bondbridge.api.Amount;
import io.bondbridge.api.payment.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code payment show}: the public record every participant sees and, when {@link #visible()}, the private
 * details of a member of the payment's collection (the two agents and the regulator); for anyone else those fields
 * are null.
 */
public record PaymentView(
        String e2eId,
        String corridor,
        PaymentStatus status,
        boolean alert,
        String hash,
        String collection,
        String cycle,
        Instant initiatedAt,
        String initiatedTx,
        Instant statusAt,
        String statusTx,
        String statusReason,
        boolean visible,
        Boolean verified,
        String debtor,
        String debtorAccount,
        String debtorAgent,
        String creditor,
        String creditorAccount,
        String creditorAgent,
        Amount amount,
        String currency,
        BigDecimal rate,
        String fxProvider,
        Amount settleAmount,
        String settleCurrency,
        String chargeBearer,
        String purpose,
        String remittanceInfo) {}
