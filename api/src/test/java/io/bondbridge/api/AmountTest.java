package io.bondbridge.api;

import static io.bondbridge.api.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class AmountTest {
    @Test
    void parsesMoneyAtTheCurrencyScale() {
        assertThat(Amount.positive("1250000", "CNY", "amount").toPlainString()).isEqualTo("1250000.00");
        assertThat(Amount.positive("10.5", "CNY", "amount").minor()).isEqualTo(1050);
        assertThat(Amount.positive("10.500", "CNY", "amount").minor()).isEqualTo(1050);
        assertThat(Amount.positive("7", "JPY", "amount").scale()).isZero();
        assertThat(Amount.positive("1.234", "KWD", "amount").minor()).isEqualTo(1234);
        assertThat(Amount.positive("0.01", "CNY", "amount").minor()).isEqualTo(1);
    }

    @Test
    void rejectsMorePlacesThanTheCurrencyHas() {
        rejects(() -> Amount.positive("10.005", "CNY", "amount"), "amount '10.005' has more than 2 decimal places");
        rejects(() -> Amount.positive("1.5", "JPY", "--amount"), "--amount '1.5' has more than 0 decimal places");
    }

    @Test
    void rejectsZeroAndNegativeAmountsNamingTheCurrency() {
        rejects(() -> Amount.positive("0", "CNY", "amount"), "amount 0.00 CNY must be more than zero");
        rejects(() -> Amount.positive("-5", "CNY", "amount"), "amount -5.00 CNY must be more than zero");
        assertThat(Amount.parse("-5", 2, "balance").toPlainString()).isEqualTo("-5.00");
    }

    @Test
    void rejectsMalformedTextAndUnknownCurrencies() {
        rejects(() -> Amount.positive("abc", "CNY", "amount"), "amount 'abc' is not a decimal number");
        rejects(() -> Amount.positive("", "CNY", "amount"), "amount is required");
        rejects(() -> Amount.positive("1", "cny", "amount"), "currency 'cny' is not a 3-letter code");
    }

    @Test
    void holdsNineteenIntegerDigitsAtMostAndOnlyWhatALongHolds() {
        // 19 digits fit a long of minor units at scale 0; at scale 2 the long runs out at 92233720368547758.07.
        assertThat(Amount.positive("9223372036854775807", "JPY", "amount").minor())
                .isEqualTo(Long.MAX_VALUE);
        assertThat(Amount.positive("92233720368547758.07", "CNY", "amount").minor())
                .isEqualTo(Long.MAX_VALUE);
        rejects(
                () -> Amount.positive("92233720368547758.08", "CNY", "amount"),
                "amount 92233720368547758.08 is out of range");
        rejects(
                () -> Amount.positive("9999999999999999999", "CNY", "amount"),
                "amount 9999999999999999999.00 is out of range");
        rejects(
                () -> Amount.positive("10000000000000000000", "JPY", "amount"),
                "amount '10000000000000000000' has more than 19 integer digits");
        rejects(
                () -> Amount.positive("1e999999999", "CNY", "amount"),
                "amount '1e999999999' has more than 19 integer digits");
    }

    @Test
    void parsesAnAmountWhoseCurrencyComesLaterAtItsWrittenScale() {
        Amount price = Amount.positive("100.5", "price");
        assertThat(price.scale()).isEqualTo(1);
        assertThat(price.in("CNY", "price").toPlainString()).isEqualTo("100.50");
        assertThat(Amount.positive("1.50", "price").in("KWD", "price").toPlainString())
                .isEqualTo("1.500");
        assertThat(Amount.positive("2e2", "price").toPlainString()).isEqualTo("200");
    }

    @Test
    void checksTheCurrencysPlacesWhenTheCurrencyIsKnown() {
        assertThat(Amount.positive("100", "price").in("JPY", "price").toPlainString())
                .isEqualTo("100");
        assertThat(Amount.positive("1.234", "price").in("KWD", "price").minor()).isEqualTo(1234);
        rejects(
                () -> Amount.positive("100.5", "price").in("JPY", "price"),
                "price '100.5' has more than 0 decimal places");
        rejects(
                () -> Amount.positive("1.001", "price").in("CNY", "price"),
                "price '1.001' has more than 2 decimal places");
    }

    @Test
    void rejectsACurrencylessAmountThatNoCurrencyCouldHold() {
        rejects(() -> Amount.positive("0", "price"), "price 0 must be more than zero");
        rejects(() -> Amount.positive("-1.5", "price"), "price -1.5 must be more than zero");
        rejects(() -> Amount.positive("1.0001", "price"), "price '1.0001' has more than 3 decimal places");
        rejects(() -> Amount.positive("x", "--min-price"), "--min-price 'x' is not a decimal number");
    }

    @Test
    void requiresMoneyThatMovesToBePositiveAtItsCurrencysScale() {
        assertThat(Amount.ofMinor(1, 2).requirePositive("CNY", "amount")).isEqualTo(Amount.ofMinor(1, 2));
        rejects(() -> Amount.zero(2).requirePositive("CNY", "amount"), "amount 0.00 CNY must be more than zero");
        rejects(() -> Amount.ofMinor(1, 0).requirePositive("CNY", "amount"), "amount 1 is not at the scale of CNY");
    }

    @Test
    void readsCurrencyCodes() {
        assertThat(Currencies.require("HKD")).isEqualTo("HKD");
        assertThat(Currencies.scale("KWD")).isEqualTo(Currencies.MAX_SCALE);
        rejects(() -> Currencies.require("cny"), "currency 'cny' is not a 3-letter code");
        rejects(() -> Currencies.require("CNYX"), "currency 'CNYX' is not a 3-letter code");
        rejects(() -> Currencies.require(null), "currency 'null' is not a 3-letter code");
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
