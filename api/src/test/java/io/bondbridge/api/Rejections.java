package io.bondbridge.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The one assertion the parser tests make of a bad value: INVALID_ARGUMENT with exactly this message. */
public final class Rejections {
    private Rejections() {}

    public static void rejects(ThrowingCallable parse, String message) {
        assertThatThrownBy(parse)
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
                    assertThat(e.detail()).isEqualTo(message);
                })
                .hasMessage("INVALID_ARGUMENT: " + message);
    }
}
