package io.bondbridge.api.bond;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeriesTermsTest {
    @Test
    void aTrancheAtAnotherCouponKeepsEveryOtherTermIncludingTheMinimumDenomination() {
        SeriesTerms terms = new SeriesTerms(
                "TBI-1",
                "CNY",
                "100.00",
                "FIXED",
                "3.00",
                2,
                "2026-01-15",
                "2029-01-15",
                "ACT/365F",
                "1000000",
                "TRADE_IMPORT",
                "CHIP_EQUIPMENT",
                null,
                "1.00");

        SeriesTerms tranche = terms.withCouponRate("3.50");

        assertThat(tranche.couponRate()).isEqualTo("3.50");
        assertThat(tranche)
                .usingRecursiveComparison()
                .ignoringFields("couponRate")
                .isEqualTo(terms);
    }
}
