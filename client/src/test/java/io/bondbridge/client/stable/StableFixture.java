package io.bondbridge.client.stable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.throwable;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.client.BondBridge;
import io.bondbridge.client.embedded.EmbeddedLedger;
import io.bondbridge.client.transport.BondBridgeException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A bootstrapped in-memory ledger with a controllable transaction clock: every call goes out at {@link #now},
 * which {@link #tick()} advances, so tests can name the instants they later ask about.
 */
public abstract class StableFixture {
    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    protected EmbeddedLedger ledger;
    protected Instant now;

    @BeforeEach
    void openLedger() {
        ledger = EmbeddedLedger.inMemory();
        now = START;
        as("centralbank").governance().init();
        tick();
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    /** The client of {@code org}, transacting at {@link #now}. */
    protected BondBridge as(String org) {
        return BondBridge.open(ledger.transport(org).at(now));
    }

    /** Advances the clock one minute; returns the new time. */
    protected Instant tick() {
        now = now.plus(Duration.ofMinutes(1));
        return now;
    }

    protected LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** The call is rejected with {@code code} and the ledger is exactly as before; returns the exception. */
    protected BondBridgeException assertRejected(ErrorCode code, ThrowingCallable call) {
        String before = ledger.stateDigest();
        long height = ledger.height();
        BondBridgeException e = assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        BondBridgeException.class,
                        r -> assertThat(r.code()).as(r.getMessage()).isEqualTo(code))
                .asInstanceOf(throwable(BondBridgeException.class))
                .actual();
        assertThat(ledger.stateDigest()).as("state digest after a rejection").isEqualTo(before);
        assertThat(ledger.height()).isEqualTo(height);
        return e;
    }

    /**
     * As {@link #assertRejected(ErrorCode, ThrowingCallable)}, and the message contains {@code rule}: the part of
     * the message that tells which of the rules sharing {@code code} fired.
     */
    protected BondBridgeException assertRejected(ErrorCode code, String rule, ThrowingCallable call) {
        BondBridgeException e = assertRejected(code, call);
        assertThat(e).hasMessageContaining(rule);
        return e;
    }

    public static AssetSpec cash(String id, String currency, String amount) {
        return new AssetSpec(
                id, null, AssetClass.CASH, currency, new BigDecimal(amount), BigDecimal.ONE, null, null, null, null);
    }

    public static AssetSpec asset(
            String id, AssetClass c, String currency, String quantity, String price, LocalDate maturity) {
        return new AssetSpec(
                id, null, c, currency, new BigDecimal(quantity), new BigDecimal(price), maturity, null, null, null);
    }
}
