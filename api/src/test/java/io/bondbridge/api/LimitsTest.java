package io.bondbridge.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each limit admits its maximum and rejects one more with INVALID_ARGUMENT naming the limit. */
class LimitsTest {
    private static void rejected(Runnable call, String message) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        LedgerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining(message);
    }

    @Test
    void anArgumentMayHaveUpToTheLimitOfCharacters() {
        String max = "x".repeat(Limits.MAX_ARGUMENT_CHARS);
        assertThat(Limits.argument(max, "asset")).isSameAs(max);
        rejected(
                () -> Limits.argument(max + "x", "asset"),
                "asset has 131073 characters, more than the limit of 131072");
        Limits.argument(max.getBytes(StandardCharsets.UTF_8), "argument 1");
        rejected(
                () -> Limits.argument((max + "x").getBytes(StandardCharsets.UTF_8), "argument 1"),
                "argument 1 has 131073 bytes, more than the limit of 131072");
    }

    @Test
    void aTransientValueMayHaveUpToTheLimitOfBytes() {
        Limits.transientValue(new byte[Limits.MAX_TRANSIENT_BYTES], "payment");
        rejected(
                () -> Limits.transientValue(new byte[Limits.MAX_TRANSIENT_BYTES + 1], "payment"),
                "transient payment has 65537 bytes, more than the limit of 65536");
    }

    @Test
    void aListMayHaveUpToTheLimitOfItems() {
        // 32 items: "a,a,...,a"; 33 rejected. Empty items count, so ",,," cannot slip by.
        String max = String.join(",", java.util.Collections.nCopies(Limits.MAX_LIST_ITEMS, "a"));
        assertThat(Limits.list(max, "roles")).isSameAs(max);
        rejected(() -> Limits.list(max + ",a", "roles"), "33 roles, more than the limit of 32");
        rejected(() -> Limits.list(",".repeat(Limits.MAX_LIST_ITEMS), "roles"), "33 roles");
        assertThat(Limits.list("", "roles")).isEmpty();
        assertThat(Limits.list(null, "roles")).isNull();
    }

    @Test
    void aCountMayReachItsMaximum() {
        assertThat(Limits.count(200, Limits.MAX_ASSETS_PER_CALL, "assets in one call"))
                .isEqualTo(200);
        rejected(
                () -> Limits.count(201, Limits.MAX_ASSETS_PER_CALL, "assets in one call"),
                "201 assets in one call, more than the limit of 200");
    }

    @Test
    void jsonNestedBeyondTheCodecsLimitIsInvalidNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        rejected(() -> Json.parse(deep), "malformed JSON");
        rejected(() -> Json.read("{\"a\":" + deep + "}", io.bondbridge.api.bond.SeriesTerms.class), "malformed");
    }
}
