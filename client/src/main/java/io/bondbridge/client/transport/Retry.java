package io.bondbridge.client.transport;

import io.bondbridge.api.ErrorCode;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The retry policy both transports share: a submit that lost a race to a concurrent transaction (its reads went
 * stale before it committed) runs again, up to {@link #maxAttempts()} attempts in all, pausing before each retry.
 *
 * <p>What is worth another attempt is the transport's call, not the policy's: an attempt says so by throwing
 * {@link Stale}. Anything else it throws (a chaincode rejection, an unreachable network) ends the call at once,
 * unchanged. When every attempt was stale the transport's {@link GiveUp} says what the caller sees.
 *
 * <pre>{@code
 * Retry retry = Retry.withBackoff(5, Duration.ofMillis(100), Duration.ofSeconds(2));
 * TxResult r = retry.run("bond:transfer", attempt -> submitOnce(request), (attempts, last) ->
 *         new BondBridgeException(ErrorCode.CONFLICT, "lost " + attempts + " times: " + last.getMessage()));
 * }</pre>
 *
 * @param maxAttempts attempts in all, at least 1
 * @param firstBackoff pause before the first retry, zero for none; doubles with each further retry
 * @param maxBackoff longest pause between two attempts
 */
public record Retry(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {

    public Retry {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        requireNotNegative(firstBackoff, "firstBackoff");
        requireNotNegative(maxBackoff, "maxBackoff");
    }

    /** Retries at once, without pausing. */
    public static Retry immediate(int maxAttempts) {
        return new Retry(maxAttempts, Duration.ZERO, Duration.ZERO);
    }

    /** Retries after {@code firstBackoff}, doubling up to {@code maxBackoff}, with jitter (see {@link #pauseMillis}). */
    public static Retry withBackoff(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {
        return new Retry(maxAttempts, firstBackoff, maxBackoff);
    }

    /** One attempt; {@code attempt} counts from 1. Throws {@link Stale} when running again may succeed. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run(int attempt) throws Stale;
    }

    /** What the caller sees once {@code attempts} attempts were all stale; {@code last} is the last one's. */
    @FunctionalInterface
    public interface GiveUp {
        BondBridgeException after(int attempts, Stale last);
    }

    /** An attempt lost to a concurrent transaction and may simply run again. */
    public static final class Stale extends Exception {
        private static final long serialVersionUID = 1L;

        private final String txId;

        /**
         * @param txId the attempt's transaction id, when it got one
         * @param message what went stale
         * @param cause the transport's own failure, if any
         */
        public Stale(String txId, String message, Throwable cause) {
            super(message, cause);
            this.txId = txId;
        }

        public String txId() {
            return txId;
        }
    }

    /**
     * Runs {@code attempt} until it returns or throws anything but {@link Stale}, at most {@link #maxAttempts()}
     * times; then throws what {@code giveUp} makes of the last stale attempt.
     *
     * @param what the request, for messages ({@code "contract:function"})
     * @throws BondBridgeException {@link ErrorCode#UNAVAILABLE} when interrupted while pausing
     */
    public <T> T run(String what, Attempt<T> attempt, GiveUp giveUp) {
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(giveUp, "giveUp");
        Stale last = null;
        for (int n = 1; n <= maxAttempts; n++) {
            if (last != null) {
                pause(n - 1, what);
            }
            try {
                return attempt.run(n);
            } catch (Stale stale) {
                last = stale;
            }
        }
        throw giveUp.after(maxAttempts, last);
    }

    /**
     * Pause before retry number {@code retry} (1 = the first): {@code firstBackoff * 2^(retry-1)} capped at
     * {@code maxBackoff}, of which a random half, so clients that collided spread out instead of colliding again.
     *
     * @param random a number in [0, 1)
     */
    public long pauseMillis(int retry, double random) {
        long cap = maxBackoff.toMillis();
        long base = Math.min(cap, firstBackoff.toMillis() << Math.min(retry - 1, 20));
        long half = base / 2;
        return base - half + (long) (random * (half + 1));
    }

    private void pause(int retry, String what) {
        long millis = pauseMillis(retry, ThreadLocalRandom.current().nextDouble());
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BondBridgeException(ErrorCode.UNAVAILABLE, "interrupted while retrying " + what, null, e);
        }
    }

    private static void requireNotNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, not " + d);
        }
    }
}
