package io.bondbridge.client.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.payment.Payment;
import io.bondbridge.api.payment.PaymentDetails;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link PaymentView} is the contract's flat answer to {@code payment show}: the fields of the api's public record
 * and private details side by side, plus {@code visible} and {@code verified}. Nothing more and nothing less, so a
 * field added to either record cannot go missing from the view (nor a view field outlive its record).
 */
class PaymentViewTest {
    private static Set<String> components(Class<? extends Record> type) {
        return new TreeSet<>(Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toList());
    }

    @Test
    void theViewIsThePublicRecordAndTheDetailsSideBySide() {
        Set<String> expected = new TreeSet<>(components(Payment.class));
        expected.addAll(components(PaymentDetails.class));
        expected.add("visible");
        expected.add("verified");

        assertThat(components(PaymentView.class)).isEqualTo(expected);
    }
}
