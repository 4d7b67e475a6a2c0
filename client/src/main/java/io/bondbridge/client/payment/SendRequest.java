package io.bondbridge.client.payment;

import io.bondbridge.api.payment.Instruction;
import java.util.Objects;

/**
 * A payment to send: the public part (end-to-end id, corridor, cycle) travels as arguments, the private part as
 * transient data: the api's {@link Instruction}, whose salt {@link PaymentClient#send} draws fresh when it sends.
 * Build with {@link #of} and the {@code with...} methods.
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
 * @param cycle netting cycle to queue into, or null for gross settlement
 * @param instruction everything private: accounts, amount, currencies, FX, parties, charge bearer, purpose and
 *     remittance information; its salt is null here (any given is replaced when sent)
 */
public record SendRequest(String e2eId, String corridor, String cycle, Instruction instruction) {
    public SendRequest {
        Objects.requireNonNull(e2eId, "e2eId");
        Objects.requireNonNull(corridor, "corridor");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(instruction.from(), "from");
        Objects.requireNonNull(instruction.to(), "to");
        Objects.requireNonNull(instruction.amount(), "amount");
        Objects.requireNonNull(instruction.currency(), "currency");
    }

    /**
     * A gross payment of {@code amount} {@code currency} from {@code from} (the debtor agent's account, yours) to
     * {@code to} (the creditor agent's); the {@code with...} methods add the rest.
     */
    public static SendRequest of(
            String e2eId, String corridor, String from, String to, String amount, String currency) {
        return new SendRequest(e2eId, corridor, null, Instruction.of(from, to, amount, currency));
    }

    /** PvP: settled in {@code settleCurrency} at the provider's quoted {@code rate}. */
    public SendRequest withFx(String settleCurrency, String rate, String fxProvider) {
        return with(settleCurrency, rate, fxProvider, debtor(), creditor(), chargeBearer(), purpose(), info());
    }

    public SendRequest withParties(String debtor, String creditor) {
        return with(settleCurrency(), rate(), fxProvider(), debtor, creditor, chargeBearer(), purpose(), info());
    }

    public SendRequest withPurpose(String purpose, String info) {
        return with(settleCurrency(), rate(), fxProvider(), debtor(), creditor(), chargeBearer(), purpose, info);
    }

    /** Queued into a netting cycle instead of settled gross. */
    public SendRequest inCycle(String cycle) {
        return new SendRequest(e2eId, corridor, cycle, instruction);
    }

    /** Who bears the charges: DEBT, CRED, SHAR or SLEV (the ledger checks it); null for the ledger's default, SHAR. */
    public SendRequest withChargeBearer(String chargeBearer) {
        return with(settleCurrency(), rate(), fxProvider(), debtor(), creditor(), chargeBearer, purpose(), info());
    }

    private SendRequest with(
            String settleCurrency,
            String rate,
            String fxProvider,
            String debtor,
            String creditor,
            String chargeBearer,
            String purpose,
            String info) {
        return new SendRequest(
                e2eId,
                corridor,
                cycle,
                new Instruction(
                        from(),
                        to(),
                        amount(),
                        currency(),
                        settleCurrency,
                        rate,
                        fxProvider,
                        instruction.fxShard(),
                        debtor,
                        creditor,
                        chargeBearer,
                        purpose,
                        info,
                        instruction.salt()));
    }

    /** The debtor agent's account (yours). */
    public String from() {
        return instruction.from();
    }

    /** The creditor agent's account. */
    public String to() {
        return instruction.to();
    }

    /** Instructed amount, decimal string. */
    public String amount() {
        return instruction.amount();
    }

    /** Instructed currency. */
    public String currency() {
        return instruction.currency();
    }

    /** PvP settlement currency, or null. */
    public String settleCurrency() {
        return instruction.settleCurrency();
    }

    /** The FX provider's quoted rate (1 currency = rate settleCurrency), or null. */
    public String rate() {
        return instruction.rate();
    }

    /** The FX provider's account, or null. */
    public String fxProvider() {
        return instruction.fxProvider();
    }

    /** The paying customer, or null. */
    public String debtor() {
        return instruction.debtor();
    }

    /** The receiving customer, or null. */
    public String creditor() {
        return instruction.creditor();
    }

    /** Purpose code, or null. */
    public String purpose() {
        return instruction.purpose();
    }

    /** Remittance information, or null. */
    public String info() {
        return instruction.info();
    }

    /** Who bears the charges (ChrgBr), or null for the ledger's default, SHAR. */
    public String chargeBearer() {
        return instruction.chargeBearer();
    }
}
