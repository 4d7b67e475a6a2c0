package io.bondbridge.client.payment;

import java.util.Objects;

/**
 * A payment to send: the public part (end-to-end id, corridor, cycle) travels as arguments, everything else as
 * transient data. Build with {@link #of} and the {@code with...} methods.
 *
 * <pre>{@code
 * SendRequest r = SendRequest.of("E2E-1", "CN-HK", "banka:main", "bankb:main", "1000.00", "CNY")
 *         .withFx("HKD", "1.0850", "centralbank:fx")
 *         .withPurpose("GDDS", "invoice 2026-117")
 *         .withChargeBearer("DEBT");
 * }</pre>
 *
 * @param e2eId end-to-end id, unique on the ledger
 * @param corridor corridor id
 * @param from the debtor agent's account (yours)
 * @param to the creditor agent's account
 * @param amount instructed amount, decimal string
 * @param currency instructed currency
 * @param settleCurrency PvP settlement currency, or null
 * @param rate the FX provider's quoted rate (1 currency = rate settleCurrency), or null
 * @param fxProvider the FX provider's account, or null
 * @param debtor the paying customer, or null
 * @param creditor the receiving customer, or null
 * @param purpose purpose code, or null
 * @param info remittance information, or null
 * @param cycle netting cycle to queue into, or null for gross settlement
 * @param chargeBearer who bears the charges (ChrgBr): DEBT, CRED, SHAR or SLEV; null for the ledger's default, SHAR
 */
public record SendRequest(
        String e2eId,
        String corridor,
        String from,
        String to,
        String amount,
        String currency,
        String settleCurrency,
        String rate,
        String fxProvider,
        String debtor,
        String creditor,
        String purpose,
        String info,
        String cycle,
        String chargeBearer) {
    public SendRequest {
        Objects.requireNonNull(e2eId, "e2eId");
        Objects.requireNonNull(corridor, "corridor");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /** The request with the ledger's default charge bearer (SHAR); kept for callers of the constructor without one. */
    public SendRequest(
            String e2eId,
            String corridor,
            String from,
            String to,
            String amount,
            String currency,
            String settleCurrency,
            String rate,
            String fxProvider,
            String debtor,
            String creditor,
            String purpose,
            String info,
            String cycle) {
        this(
                e2eId,
                corridor,
                from,
                to,
                amount,
                currency,
                settleCurrency,
                rate,
                fxProvider,
                debtor,
                creditor,
                purpose,
                info,
                cycle,
                null);
    }

    public static SendRequest of(
            String e2eId, String corridor, String from, String to, String amount, String currency) {
        return new SendRequest(
                e2eId, corridor, from, to, amount, currency, null, null, null, null, null, null, null, null, null);
    }

    /** PvP: settled in {@code settleCurrency} at the provider's quoted {@code rate}. */
    public SendRequest withFx(String settleCurrency, String rate, String fxProvider) {
        return new SendRequest(
                e2eId,
                corridor,
                from,
                to,
                amount,
                currency,
                settleCurrency,
                rate,
                fxProvider,
                debtor,
                creditor,
                purpose,
                info,
                cycle,
                chargeBearer);
    }

    public SendRequest withParties(String debtor, String creditor) {
        return new SendRequest(
                e2eId,
                corridor,
                from,
                to,
                amount,
                currency,
                settleCurrency,
                rate,
                fxProvider,
                debtor,
                creditor,
                purpose,
                info,
                cycle,
                chargeBearer);
    }

    public SendRequest withPurpose(String purpose, String info) {
        return new SendRequest(
                e2eId,
                corridor,
                from,
                to,
                amount,
                currency,
                settleCurrency,
                rate,
                fxProvider,
                debtor,
                creditor,
                purpose,
                info,
                cycle,
                chargeBearer);
    }

    /** Queued into a netting cycle instead of settled gross. */
    public SendRequest inCycle(String cycle) {
        return new SendRequest(
                e2eId,
                corridor,
                from,
                to,
                amount,
                currency,
                settleCurrency,
                rate,
                fxProvider,
                debtor,
                creditor,
                purpose,
                info,
                cycle,
                chargeBearer);
    }

    /** Who bears the charges: DEBT, CRED, SHAR or SLEV (the ledger checks it); null for the ledger's default, SHAR. */
    public SendRequest withChargeBearer(String chargeBearer) {
        return new SendRequest(
                e2eId,
                corridor,
                from,
                to,
                amount,
                currency,
                settleCurrency,
                rate,
                fxProvider,
                debtor,
                creditor,
                purpose,
                info,
                cycle,
                chargeBearer);
    }
}
