package io.bondbridge.api;

import static io.bondbridge.api.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ParseTest {
    /** 19 digits: the most any number may have before its decimal point. */
    private static final String NINETEEN_DIGITS = "9999999999999999999";

    @Nested
    class Decimals {
        @Test
        void keepsTheValueAsWritten() {
            assertThat(Parse.decimal(" 2.50 ", "x")).isEqualTo(new BigDecimal("2.50"));
            assertThat(Parse.decimal("-1e3", "x")).isEqualTo(new BigDecimal("-1E+3"));
        }

        @Test
        void takesNineteenIntegerDigitsAndNoMore() {
            assertThat(Parse.decimal(NINETEEN_DIGITS + ".5", "x").toPlainString())
                    .isEqualTo(NINETEEN_DIGITS + ".5");
            assertThat(Parse.MAX_INTEGER_DIGITS).isEqualTo(19);
            rejects(
                    () -> Parse.decimal(NINETEEN_DIGITS + "0", "quantity"),
                    "quantity '99999999999999999990' has more than 19 integer digits");
            rejects(
                    () -> Parse.decimal("1e999999999", "amount"),
                    "amount '1e999999999' has more than 19 integer digits");
        }

        @Test
        void takesSixtyFourPlacesAndNoMore() {
            String sixtyFour = "0." + "0".repeat(63) + "1";
            assertThat(Parse.decimal(sixtyFour, "x").scale()).isEqualTo(64);
            assertThat(Parse.MAX_DECIMAL_PLACES).isEqualTo(64);
            rejects(() -> Parse.decimal(sixtyFour + "0", "x"), "x '1.0E-64' has more than 64 decimal places");
            // The fuzzer's finding: a rate this small passed, and its refusal wrote out a billion digits.
            rejects(
                    () -> Parse.exchangeRate("1e-999999999", 6, "--rate"),
                    "--rate '1E-999999999' has more than 64 decimal places");
            rejects(
                    () -> Parse.exchangeRate("0e-999999999", 6, "--rate"),
                    "--rate '0E-999999999' has more than 64 decimal places");
            rejects(
                    () -> Parse.magnitude(new BigDecimal("1e-999999999"), "quantity of C-1"),
                    "quantity of C-1 '1E-999999999' has more than 64 decimal places");
        }

        @Test
        void rejectsBlankAndMalformedText() {
            rejects(() -> Parse.decimal(null, "amount"), "amount is required");
            rejects(() -> Parse.decimal("  ", "amount"), "amount is required");
            rejects(() -> Parse.decimal("12,5", "amount"), "amount '12,5' is not a decimal number");
        }

        @Test
        void boundsThePlacesIgnoringTrailingZeros() {
            assertThat(Parse.decimal("1.2300", 2, "x")).isEqualTo(new BigDecimal("1.2300"));
            rejects(() -> Parse.decimal("1.234", 2, "--price"), "--price '1.234' has more than 2 decimal places");
        }

        @Test
        void checksTheSign() {
            assertThat(Parse.nonNegative("0", 8, "exports")).isZero();
            rejects(() -> Parse.nonNegative("-0.01", 8, "exports"), "exports -0.01 must be zero or more");
            assertThat(Parse.positive("0.00000001", 8, "gdp")).isEqualTo(new BigDecimal("0.00000001"));
            rejects(() -> Parse.positive("0", 8, "gdp"), "gdp 0 must be more than zero");
            rejects(() -> Parse.positive("-3", 8, "gdp"), "gdp -3 must be more than zero");
        }

        @Test
        void checksTheMagnitudeOfANumberThatArrivedAsOne() {
            assertThat(Parse.magnitude(null, "x")).isNull();
            assertThat(Parse.magnitude(new BigDecimal(NINETEEN_DIGITS), "x"))
                    .isEqualTo(new BigDecimal(NINETEEN_DIGITS));
            rejects(
                    () -> Parse.magnitude(new BigDecimal("1e19"), "quantity of C-1"),
                    "quantity of C-1 '1E+19' has more than 19 integer digits");
        }
    }

    @Nested
    class Rates {
        @Test
        void readsAPercentWithAtLeastTwoPlaces() {
            assertThat(Parse.percent("2.5", "coupon rate").toPlainString()).isEqualTo("2.50");
            assertThat(Parse.percent("2.1875", "coupon rate").toPlainString()).isEqualTo("2.1875");
            assertThat(Parse.percent("0", "coupon rate").toPlainString()).isEqualTo("0.00");
            assertThat(Parse.percent("100", "coupon rate").toPlainString()).isEqualTo("100.00");
        }

        @Test
        void rejectsAPercentOutside0To100OrWithMoreThan4Places() {
            rejects(() -> Parse.percent("100.01", "rate cap"), "rate cap 100.01% is not within 0-100");
            rejects(() -> Parse.percent("-1", "rate cap"), "rate cap -1% is not within 0-100");
            rejects(
                    () -> Parse.percent("2.12345", "coupon rate"),
                    "coupon rate '2.12345' has more than 4 decimal places");
            rejects(() -> Parse.percent("x", "coupon rate"), "coupon rate 'x' is not a decimal number");
        }

        @Test
        void readsAnExchangeRateAtItsScale() {
            assertThat(Parse.exchangeRate("1.08", 10, "rate").toPlainString()).isEqualTo("1.0800000000");
            assertThat(Parse.exchangeRate("1000000", 10, "rate").toPlainString())
                    .isEqualTo("1000000.0000000000");
            assertThat(Parse.exchangeRate("0.0000000001", 10, "rate").toPlainString())
                    .isEqualTo("0.0000000001");
        }

        @Test
        void rejectsAnExchangeRateOutsideItsRangeOrScale() {
            rejects(() -> Parse.exchangeRate("0", 10, "rate"), "rate 0 must be more than 0 and at most 1000000");
            rejects(
                    () -> Parse.exchangeRate("1000000.01", 10, "USD rate"),
                    "USD rate 1000000.01 must be more than 0 and at most 1000000");
            rejects(
                    () -> Parse.exchangeRate("0.12345678901", 10, "--usd"),
                    "--usd 0.12345678901 has more than 10 decimal places");
        }
    }

    @Nested
    class Times {
        @Test
        void readsIsoDatesInstantsAndMonths() {
            assertThat(Parse.date("2026-06-30", "record date")).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(Parse.instant("2026-06-30T12:00:00Z", "expiry"))
                    .isEqualTo(Instant.parse("2026-06-30T12:00:00Z"));
            assertThat(Parse.month("2026-01", "month")).isEqualTo(YearMonth.of(2026, 1));
        }

        @Test
        void takesADateForAnInstantOnlyWhenAskedTo() {
            assertThat(Parse.instantOrDate("2026-06-30", "--at")).isEqualTo(Instant.parse("2026-06-30T00:00:00Z"));
            assertThat(Parse.instantOrDate("2026-06-30T01:00:00Z", "--at"))
                    .isEqualTo(Instant.parse("2026-06-30T01:00:00Z"));
            rejects(() -> Parse.instant("2026-06-30", "expiry"), "expiry '2026-06-30' is not an ISO-8601 instant");
            rejects(() -> Parse.instantOrDate("soon", "--at"), "--at 'soon' is not an ISO-8601 instant or date");
        }

        @Test
        void rejectsImpossibleOrMissingDates() {
            rejects(() -> Parse.date("2026-02-30", "day"), "day '2026-02-30' is not an ISO date (YYYY-MM-DD)");
            rejects(
                    () -> Parse.date("30/06/2026", "record date"),
                    "record date '30/06/2026' is not an ISO date (YYYY-MM-DD)");
            rejects(() -> Parse.date("", "record date"), "record date is required");
            rejects(() -> Parse.month("2026-13", "month"), "month '2026-13' is not YYYY-MM");
        }
    }
}
