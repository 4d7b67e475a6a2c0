package io.bondbridge.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class AmountTest {
    @Test
    void parsesAtTheCurrencyScale() {
        assertThat(Currencies.parse("1250000", "CNY", "amount").toPlainString()).isEqualTo("1250000.00");
        assertThat(Currencies.parse("10.5", "CNY", "amount").minor()).isEqualTo(1050);
        assertThat(Currencies.parse("7", "JPY", "amount").scale()).isZero();
        assertThat(Currencies.parse("1.234", "KWD", "amount").minor()).isEqualTo(1234);
    }

    @Test
    void rejectsMorePlacesThanTheCurrencyHas() {
        assertThatThrownBy(() -> Currencies.parse("10.005", "CNY", "amount"))
                .isInstanceOf(LedgerException.class)
                .hasMessage("INVALID_ARGUMENT: amount '10.005' has more than 2 decimal places");
        assertThatThrownBy(() -> Currencies.parse("abc", "CNY", "amount"))
                .hasMessageContaining("is not a decimal number");
        assertThatThrownBy(() -> Currencies.parse("1", "cny", "amount")).hasMessageContaining("3-letter");
        assertThatThrownBy(() -> Currencies.parse("1e999999999", "CNY", "amount"))
                .hasMessageContaining("out of range");
    }

    @Test
    void arithmeticIsExactAndOverflowChecked() {
        Amount max = Amount.ofMinor(Long.MAX_VALUE, 2);
        assertThatThrownBy(() -> max.plus(Amount.ofMinor(1, 2)))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("overflow");
        assertThat(Amount.ofMinor(10, 2).minus(Amount.ofMinor(25, 2)).toPlainString())
                .isEqualTo("-0.15");
        assertThatThrownBy(() -> Amount.ofMinor(1, 2).plus(Amount.ofMinor(1, 0)))
                .hasMessageContaining("different scales");
    }

    @Test
    void roundsOnlyWithTheNamedMode() {
        Amount a = Amount.ofMinor(1005, 2); // 10.05
        assertThat(a.times(new BigDecimal("0.5"), RoundingMode.HALF_EVEN).toPlainString())
                .isEqualTo("5.02");
        assertThat(a.times(new BigDecimal("0.5"), RoundingMode.HALF_UP).toPlainString())
                .isEqualTo("5.03");
    }

    @Test
    void roundTripsThroughTheCodecWithItsScale() {
        record Holder(Amount amount) {}
        String json = Json.write(new Holder(Amount.ofMinor(100, 2)));
        assertThat(json).isEqualTo("{\"amount\":\"1.00\"}");
        assertThat(Json.read(json, Holder.class).amount()).isEqualTo(Amount.ofMinor(100, 2));
    }
}
