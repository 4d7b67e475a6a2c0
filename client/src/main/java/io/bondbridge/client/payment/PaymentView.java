package io.bondbridge.client.payment;

import io.bondbridge.api.Amount;
import io.bondbridge.api.payment.Payment;
import io.bondbridge.api.payment.PaymentDetails;
import io.bondbridge.api.payment.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code payment show}: the public record every participant sees and, when {@link #visible()}, the private
 * details of a member of the payment's collection (the two agents and the regulator); for anyone else those fields
 * are null.
 *
 * <p>The contract answers one flat object, the fields of {@link Payment} and of {@link PaymentDetails} side by side
 * (plus {@code visible} and {@code verified}), and {@code payment show --json} prints it as such; so this record
 * keeps that shape, and {@link #payment()} and {@link #details()} give the api's own records back.
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
        String remittanceInfo) {

    /** The public record, as every participant reads it. */
    public Payment payment() {
        return new Payment(
                e2eId,
                corridor,
                status,
                alert,
                hash,
                collection,
                cycle,
                initiatedAt,
                initiatedTx,
                statusAt,
                statusTx,
                statusReason);
    }

    /** The private details when {@link #visible()}; null otherwise. */
    public PaymentDetails details() {
        if (!visible) {
            return null;
        }
        return new PaymentDetails(
                e2eId,
                corridor,
                debtor,
                debtorAccount,
                debtorAgent,
                creditor,
                creditorAccount,
                creditorAgent,
                amount,
                currency,
                rate,
                fxProvider,
                settleAmount,
                settleCurrency,
                chargeBearer,
                purpose,
                remittanceInfo,
                cycle);
    }
}
