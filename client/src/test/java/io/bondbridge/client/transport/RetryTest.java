package io.bondbridge.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.ErrorCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retry policy both transports share; the transports' own tests cover what each counts as stale. */
class RetryTest {

    private static final Retry.GiveUp GIVE_UP = (attempts, last) ->
            new BondBridgeException(ErrorCode.CONFLICT, attempts + " attempts; last: " + last.getMessage());

    @Test
    void runsAgainWhileStaleAndReturnsTheFirstResult() {
        List<Integer> attempts = new ArrayList<>();

        String result = Retry.immediate(5)
                .run(
                        "governance:openAccount",
                        attempt -> {
                            attempts.add(attempt);
                            if (attempt < 3) {
                                throw new Retry.Stale("tx" + attempt, "stale " + attempt, null);
                            }
                            return "committed";
                        },
                        GIVE_UP);

        assertThat(result).isEqualTo("committed");
        assertThat(attempts).containsExactly(1, 2, 3);
    }

    @Test
    void givesUpAfterMaxAttemptsWithWhatTheTransportMakesOfTheLastStaleAttempt() {
        List<Integer> attempts = new ArrayList<>();

        assertThatThrownBy(() -> Retry.withBackoff(3, Duration.ofMillis(1), Duration.ofMillis(2))
                        .run(
                                "governance:openAccount",
                                attempt -> {
                                    attempts.add(attempt);
                                    throw new Retry.Stale("tx" + attempt, "stale " + attempt, null);
                                },
                                (n, last) -> new BondBridgeException(
                                        ErrorCode.CONFLICT,
                                        n + " attempts; last: " + last.getMessage(),
                                        last.txId(),
                                        null)))
                .isInstanceOfSatisfying(BondBridgeException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).isEqualTo("3 attempts; last: stale 3");
                    assertThat(e.txId()).isEqualTo("tx3");
                });
        assertThat(attempts).containsExactly(1, 2, 3);
    }

    @Test
    void anythingButStaleEndsTheCallAtOnceUnchanged() {
        BondBridgeException rejected = new BondBridgeException(ErrorCode.FORBIDDEN, "not yours");
        List<Integer> attempts = new ArrayList<>();

        assertThatThrownBy(() -> Retry.immediate(5)
                        .run(
                                "governance:setRoles",
                                attempt -> {
                                    attempts.add(attempt);
                                    throw rejected;
                                },
                                GIVE_UP))
                .isSameAs(rejected);
        assertThat(attempts).containsExactly(1);
    }

    @Test
    void backsOffExponentiallyWithJitterUpToTheCap() {
        Retry retry = Retry.withBackoff(5, Duration.ofMillis(100), Duration.ofSeconds(2));

        assertThat(retry.pauseMillis(1, 0.0)).isEqualTo(50);
        assertThat(retry.pauseMillis(1, 0.9999999)).isEqualTo(100);
        assertThat(retry.pauseMillis(3, 0.0)).isEqualTo(200);
        assertThat(retry.pauseMillis(3, 0.9999999)).isEqualTo(400);
        assertThat(retry.pauseMillis(10, 0.9999999)).isEqualTo(2000);
        assertThat(retry.pauseMillis(60, 0.5)).isBetween(1000L, 2000L);
    }

    @Test
    void immediateNeverPauses() {
        Retry retry = Retry.immediate(5);

        assertThat(retry.pauseMillis(1, 0.9999999)).isZero();
        assertThat(retry.pauseMillis(4, 0.9999999)).isZero();
        // no sleep, so even an interrupted thread retries
        Thread.currentThread().interrupt();
        try {
            assertThat(retry.<String>run(
                            "x:y",
                            attempt -> {
                                if (attempt == 1) {
                                    throw new Retry.Stale(null, "stale", null);
                                }
                                return "done";
                            },
                            GIVE_UP))
                    .isEqualTo("done");
        } finally {
            assertThat(Thread.interrupted()).isTrue();
        }
    }

    @Test
    void anInterruptedPauseIsUnavailable() {
        Retry retry = Retry.withBackoff(3, Duration.ofSeconds(10), Duration.ofSeconds(10));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> retry.run(
                            "bond:transfer",
                            attempt -> {
                                throw new Retry.Stale(null, "stale", null);
                            },
                            GIVE_UP))
                    .isInstanceOfSatisfying(BondBridgeException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE);
                        assertThat(e.getMessage()).contains("bond:transfer");
                    });
        } finally {
            assertThat(Thread.interrupted()).isTrue();
        }
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> Retry.immediate(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> Retry.withBackoff(3, Duration.ofMillis(-1), Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("firstBackoff");
    }

    @Test
    void theGatewayOptionsAreOnePolicy() {
        assertThat(GatewayTransport.Options.DEFAULTS.retry())
                .isEqualTo(Retry.withBackoff(5, Duration.ofMillis(100), Duration.ofSeconds(2)));
    }
}
