package io.bondbridge.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.governance.Account;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writesTheExactBytesOfAnAccountRecord() {
        Account account = new Account(
                "BankAMSP:main", "BankAMSP", "main", Instant.parse("2026-01-02T03:04:05Z"), false, null, null, null);
        assertThat(Json.write(account))
                .isEqualTo("{\"frozen\":false,\"id\":\"BankAMSP:main\",\"name\":\"main\","
                        + "\"openedAt\":\"2026-01-02T03:04:05Z\",\"owner\":\"BankAMSP\"}");
    }

    @Test
    void sortsKeysAtEveryDepthWhateverTheMapOrder() {
        Map<String, Object> inner = new HashMap<>();
        for (String k : List.of("zeta", "alpha", "mu", "beta", "omega")) {
            inner.put(k, k.length());
        }
        Map<String, Object> outer = new HashMap<>();
        outer.put("b", inner);
        outer.put("a", List.of(Map.of("y", 1, "x", 2)));
        assertThat(Json.write(outer))
                .isEqualTo(
                        "{\"a\":[{\"x\":2,\"y\":1}],\"b\":{\"alpha\":5,\"beta\":4,\"mu\":2,\"omega\":5,\"zeta\":4}}");
    }

    @Test
    void writesMoneyRatesAndDatesAsStrings() {
        record R(BigDecimal rate, LocalDate date, Amount amount) {}
        assertThat(Json.write(new R(new BigDecimal("2.190"), LocalDate.of(2030, 6, 30), Amount.ofMinor(5, 2))))
                .isEqualTo("{\"amount\":\"0.05\",\"date\":\"2030-06-30\",\"rate\":\"2.190\"}");
    }

    @Test
    void refusesADecimalWhosePlainFormWouldRunToAnyLength() {
        record Rate(BigDecimal rate) {}
        assertThat(Json.write(Json.read("{\"rate\":1e-1000}", Rate.class))).hasSize(1013);
        for (String huge : List.of("1e-999999999", "\"0e-999999999\"", "1e+999999999", "1e-1001")) {
            assertThatThrownBy(() -> Json.read("{\"rate\":" + huge + "}", Rate.class))
                    .isInstanceOf(LedgerException.class)
                    .hasMessageStartingWith("INVALID_ARGUMENT: number '")
                    .hasMessageEndingWith("' is out of range");
        }
    }

    @Test
    void rejectsMalformedInputWithACode() {
        assertThatThrownBy(() -> Json.read("{not json", Account.class))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("INVALID_ARGUMENT: malformed Account");
        record Dated(java.time.LocalDate date) {}
        assertThatThrownBy(() -> Json.read("{\"date\":\"2030-02-31\"}", Dated.class))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("INVALID_ARGUMENT: malformed Dated");
    }
}
