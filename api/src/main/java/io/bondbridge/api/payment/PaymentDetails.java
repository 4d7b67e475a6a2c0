package io.bondbridge.api.payment;

import io.bondbridge.api.Amount;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a payment is, in ISO 20022 pacs.008 terms: PRIVATE, kept in the private data collection of the two agents'
 * organizations and the regulator ({@code pay.details (e2eId)} in {@code pd_MSP1_MSP2}); the channel holds only
 * its salted hash ({@link PaymentHash}).
 *
 * @param e2eId end-to-end id (EndToEndId)
 * @param corridor corridor id
 * @param debtor the paying customer (Dbtr), a name or reference; the debtor account when none was given
 * @param debtorAccount the debtor agent's account that pays, canonical {@code MSPID:name}
 * @param debtorAgent the debtor agent's MSP ID (DbtrAgt)
 * @param creditor the receiving customer (Cdtr)
 * @param creditorAccount the creditor agent's account that is paid
 * @param creditorAgent the creditor agent's MSP ID (CdtrAgt)
 * @param amount instructed amount (InstdAmt), at the currency's scale
 * @param currency instructed currency
 * @param rate FX rate (XchgRate): one unit of {@code currency} in {@code settleCurrency}, scale 10; null without FX
 * @param fxProvider the FX-quoting participant's account (PvP only), null otherwise
 * @param settleAmount interbank settlement amount (IntrBkSttlmAmt) = amount x rate, HALF_EVEN at the settle scale
 * @param settleCurrency settlement currency
 * @param chargeBearer ChrgBr: DEBT, CRED, SHAR or SLEV
 * @param purpose purpose code (Purp), may be null
 * @param remittanceInfo unstructured remittance information (RmtInf), may be null
 * @param cycle netting cycle, null for gross settlement
 */
public record PaymentDetails(
        String e2eId,
        String corridor,
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
        String remittanceInfo,
        String cycle) {
    public PaymentDetails {
        Objects.requireNonNull(e2eId, "e2eId");
        Objects.requireNonNull(debtorAccount, "debtorAccount");
        Objects.requireNonNull(creditorAccount, "creditorAccount");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(settleAmount, "settleAmount");
        Objects.requireNonNull(settleCurrency, "settleCurrency");
    }

    /** Whether two currencies change hands through an FX provider (payment versus payment). */
    public boolean pvp() {
        return fxProvider != null;
    }
}
