package io.bondbridge.api.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.bondbridge.api.Amount;
import io.bondbridge.api.Currencies;
import io.bondbridge.api.Json;
import io.bondbridge.api.LedgerException;
import io.bondbridge.api.Parse;
import io.bondbridge.api.audit.StressScenario;
import io.bondbridge.api.bond.Series;
import io.bondbridge.api.bond.SeriesTerms;
import io.bondbridge.api.bond.Units;
import io.bondbridge.api.governance.AccountId;
import io.bondbridge.api.governance.Participant;
import io.bondbridge.api.payment.Instruction;
import io.bondbridge.api.payment.PrivatePayment;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.api.stable.ReservePolicy;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Fuzzes the JSON codec and the text parsers every input goes through. The only outcomes allowed: a value, or a
 * {@link LedgerException} (a coded rejection); anything else (a NullPointerException, an ArithmeticException, a
 * StackOverflowError, a hang) is a finding. A value the codec read must also write back canonically: writing it,
 * reading that and writing again gives the same bytes.
 *
 * <p>In a plain {@code mvn test} this runs its seed inputs only; {@code JAZZER_FUZZ=1} fuzzes one target for its
 * {@code maxDuration} (scripts/test.sh runs a short fuzz of each).
 */
class CodecFuzzTest {
    private static final List<Class<?>> RECORDS = List.of(
            SeriesTerms.class,
            AssetSpec.class,
            AssetSpec.Update.class,
            ReservePolicy.PolicyChange.class,
            Participant.class,
            Instruction.class,
            PrivatePayment.class,
            StressScenario.class);

    private static final List<Function<String, Object>> PARSERS = List.of(
            t -> Parse.decimal(t, "x"),
            t -> Parse.decimal(t, 2, "x"),
            t -> Parse.percent(t, "x"),
            t -> Parse.exchangeRate(t, 6, "x"),
            t -> Parse.date(t, "x"),
            t -> Parse.instant(t, "x"),
            t -> Parse.instantOrDate(t, "x"),
            t -> Parse.month(t, "x"),
            t -> Amount.positive(t, "CNY", "x"),
            t -> Amount.positive(t, "x"),
            t -> Amount.parseExact(t),
            t -> Units.positive(t, "x"),
            t -> AccountId.parse(t, "x"),
            Currencies::require,
            Series::requireId);

    @FuzzTest(maxDuration = "15s")
    void jsonRecordsAreReadOrRejectedWithACode(FuzzedDataProvider data) {
        Class<?> type = data.pickValue(RECORDS);
        String json = data.consumeRemainingAsString();
        Object value;
        try {
            value = Json.read(json, type);
        } catch (LedgerException e) {
            return;
        }
        String written = Json.write(value);
        String again = Json.write(Json.read(written, type));
        if (!again.equals(written)) {
            throw new AssertionError("not canonical after a round trip: " + written + " then " + again);
        }
    }

    @FuzzTest(maxDuration = "5s")
    void jsonTreesAreParsedOrRejectedWithACode(FuzzedDataProvider data) {
        try {
            Json.write(Json.parse(data.consumeRemainingAsString()));
        } catch (LedgerException e) {
            // a coded rejection is the other allowed outcome
        }
    }

    @FuzzTest(maxDuration = "10s")
    void textParsersReturnOrRejectWithACode(FuzzedDataProvider data) {
        Function<String, Object> parser = data.pickValue(PARSERS);
        long started = System.nanoTime();
        try {
            parser.apply(data.consumeRemainingAsString());
        } catch (LedgerException e) {
            // coded
        }
        if (System.nanoTime() - started > 1_000_000_000L) {
            throw new AssertionError("a parser took more than 1 s on one input at " + Instant.now());
        }
    }
}
