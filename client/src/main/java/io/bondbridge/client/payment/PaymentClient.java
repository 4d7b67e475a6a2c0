package io.bondbridge.client.payment;

import io.bondbridge.api.Functions;
import io.bondbridge.api.Json;
import io.bondbridge.api.payment.DailyUsage;
import io.bondbridge.api.payment.FxQuote;
import io.bondbridge.api.payment.Instruction;
import io.bondbridge.api.payment.Payment;
import io.bondbridge.api.payment.PaymentHash;
import io.bondbridge.api.payment.PaymentResult;
import io.bondbridge.api.payment.PrivatePayment;
import io.bondbridge.api.stable.BalanceShards;
import io.bondbridge.client.stable.ShardRotation;
import io.bondbridge.client.transport.Transport;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cross-border payments ({@code BondBridge.payments()}): send (gross, PvP or into a netting cycle), show, verify
 * against the public hash, reject, return; FX quotes; and the {@link #corridors()} and {@link #netting()} clients.
 * The private part of a payment goes as transient data with a fresh random salt drawn here (the chaincode cannot
 * draw one); results carry public fields only.
 *
 * <pre>{@code
 * try (BondBridge bankA = BondBridge.embedded(Path.of(".bondbridge"), "banka")) {
 *     PaymentResult r = bankA.payments().send(
 *             SendRequest.of("E2E-1", "CN-HK", "banka:main", "bankb:main", "1000.00", "CNY"));
 *     PaymentClient.Verification v = bankA.payments().verify("E2E-1");   // v.matches() == true
 * }
 * }</pre>
 */
public final class PaymentClient {
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One rotation per JVM over the FX provider's balance shards: its PvP payments in flight at once never share one,
     * so they never conflict on the desk (nor find a shard another endorser has not yet seen move).
     */
    private static final ShardRotation DESK_SHARDS = new ShardRotation(BalanceShards.COUNT);

    private final Transport transport;

    public PaymentClient(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    public CorridorClient corridors() {
        return new CorridorClient(transport);
    }

    public NettingClient netting() {
        return new NettingClient(transport);
    }

    /** Sends a payment as the debtor agent (you must own {@code from}). */
    public PaymentResult send(SendRequest r) {
        return send(r, newSalt());
    }

    PaymentResult send(SendRequest r, String salt) {
        Instruction i = r.instruction().withSalt(salt);
        if (i.fxProvider() != null && i.fxShard() == null) {
            i = i.withFxShard(DESK_SHARDS.next());
        }
        return Json.read(
                transport
                        .submit(
                                Functions.Payment.NAME,
                                Functions.Payment.SEND,
                                List.of(r.e2eId(), r.corridor(), r.cycle() == null ? "" : r.cycle()),
                                Map.of(Instruction.TRANSIENT_KEY, Json.bytes(i)))
                        .payload(),
                PaymentResult.class);
    }

    /** The public record, with amounts and parties when your organization is a member of its collection. */
    public PaymentView show(String e2eId) {
        return Json.read(transport.evaluate(Functions.Payment.NAME, Functions.Payment.SHOW, e2eId), PaymentView.class);
    }

    /** The private details and their salt; FORBIDDEN unless you are an agent of the payment or the regulator. */
    public PrivatePayment details(String e2eId) {
        return Json.read(
                transport.evaluate(Functions.Payment.NAME, Functions.Payment.DETAILS, e2eId), PrivatePayment.class);
    }

    /** Public records, of one corridor when {@code corridor} is not null. */
    public List<Payment> list(String corridor) {
        return Json.read(
                        transport.evaluate(
                                Functions.Payment.NAME, Functions.Payment.LIST, corridor == null ? "" : corridor),
                        PaymentList.class)
                .payments();
    }

    /**
     * A check made here, not by the ledger: recomputes the salted hash of the private details and compares it
     * with the hash on the channel.
     *
     * @param e2eId the payment
     * @param hash the hash on the channel
     * @param recomputed the hash of the details as read from the collection
     * @param matches whether they are equal
     */
    public record Verification(String e2eId, String hash, String recomputed, boolean matches) {}

    /** Reads the details (members only) and checks them against the public hash. */
    public Verification verify(String e2eId) {
        PrivatePayment p = details(e2eId);
        String onChannel = show(e2eId).hash();
        return verify(e2eId, p, onChannel);
    }

    /** Checks details presented by a party (e.g. off-ledger, with their salt) against a public hash. */
    public static Verification verify(String e2eId, PrivatePayment presented, String hash) {
        String recomputed = PaymentHash.of(presented.details(), presented.salt());
        return new Verification(e2eId, hash, recomputed, recomputed.equals(hash));
    }

    /** An agent or the cycle's operator rejects a queued payment. */
    public PaymentResult reject(String e2eId, String reason) {
        return Json.read(
                transport
                        .submit(Functions.Payment.NAME, Functions.Payment.REJECT, e2eId, reason)
                        .payload(),
                PaymentResult.class);
    }

    /** The creditor agent returns a settled payment; its details go back as transient data, checked by hash. */
    public PaymentResult returnPayment(String e2eId, String reason) {
        PrivatePayment p = details(e2eId);
        return Json.read(
                transport
                        .submit(
                                Functions.Payment.NAME,
                                Functions.Payment.RETURN_PAYMENT,
                                List.of(e2eId, reason),
                                Map.of(PrivatePayment.TRANSIENT_KEY, Json.bytes(p)))
                        .payload(),
                PaymentResult.class);
    }

    /** Publishes your standing quote: 1 {@code base} = {@code rate} {@code quote} on {@code account}. */
    public FxQuote quote(String account, String base, String quote, String rate, String validUntil) {
        return Json.read(
                transport
                        .submit(Functions.Payment.NAME, Functions.Payment.QUOTE, account, base, quote, rate, validUntil)
                        .payload(),
                FxQuote.class);
    }

    public List<FxQuote> quotes() {
        return Json.read(transport.evaluate(Functions.Payment.NAME, Functions.Payment.QUOTES), QuoteList.class)
                .quotes();
    }

    /** A corridor's usage on a UTC day (ISO date), today when {@code day} is null. */
    public DailyUsage usage(String corridor, String day) {
        return Json.read(
                transport.evaluate(Functions.Payment.NAME, Functions.Payment.USAGE, corridor, day == null ? "" : day),
                DailyUsage.class);
    }

    static String newSalt() {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    private record PaymentList(List<Payment> payments) {}

    private record QuoteList(List<FxQuote> quotes) {}
}
