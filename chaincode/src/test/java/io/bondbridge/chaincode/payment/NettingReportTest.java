package io.bondbridge.chaincode.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.Amount;
import io.bondbridge.api.payment.NettingReport;
import io.bondbridge.api.payment.Queued;
import java.util.List;
import org.junit.jupiter.api.Test;

class NettingReportTest {
    private static Queued q(String id, String from, String to, String currency, String amount) {
        return new Queued(id, "C", from, to, currency, Amount.parseExact(amount), null);
    }

    private static String positions(NettingReport r) {
        return r.positions().stream()
                .map(p -> p.account() + ":" + p.currency() + "=" + p.net())
                .reduce((a, b) -> a + " " + b)
                .orElse("");
    }

    @Test
    void netsTheTextbookTriangle() {
        // A->B 100, B->C 80, C->A 50. By hand: A -100 +50 = -50; B +100 -80 = +20; C +80 -50 = +30.
        // gross 230; net = sum of net debits = 50; saved 230 - 50 = 180.
        NettingReport r = Netting.report(
                "C",
                List.of(
                        q("1", "A", "B", "CNY", "100.00"),
                        q("2", "B", "C", "CNY", "80.00"),
                        q("3", "C", "A", "CNY", "50.00")));

        assertThat(positions(r)).isEqualTo("A:CNY=-50.00 B:CNY=20.00 C:CNY=30.00");
        assertThat(r.gross().get("CNY").toPlainString()).isEqualTo("230.00");
        assertThat(r.net().get("CNY").toPlainString()).isEqualTo("50.00");
        assertThat(r.saved().get("CNY").toPlainString()).isEqualTo("180.00");
        assertThat(r.payments()).isEqualTo(3);
    }

    @Test
    void eachCurrencyNetsOnItsOwn() {
        // CNY: A->B 10, B->A 4 -> A -6, B +6; gross 14, net 6, saved 8. HKD: B->A 7 -> B -7, A +7; gross 7, net 7.
        NettingReport r = Netting.report(
                "C",
                List.of(
                        q("1", "A", "B", "CNY", "10.00"),
                        q("2", "B", "A", "CNY", "4.00"),
                        q("3", "B", "A", "HKD", "7.00")));

        assertThat(positions(r)).isEqualTo("A:CNY=-6.00 A:HKD=7.00 B:CNY=6.00 B:HKD=-7.00");
        assertThat(r.saved().get("CNY").toPlainString()).isEqualTo("8.00");
        assertThat(r.saved().get("HKD").toPlainString()).isEqualTo("0.00");
        assertThat(r.net().get("HKD").toPlainString()).isEqualTo("7.00");
    }

    @Test
    void perfectlyOffsettingPaymentsNeedNoLiquidity() {
        // A->B 25, B->A 25: both net 0; gross 50, net 0, saved 50.
        NettingReport r =
                Netting.report("C", List.of(q("1", "A", "B", "CNY", "25.00"), q("2", "B", "A", "CNY", "25.00")));

        assertThat(r.net().get("CNY").toPlainString()).isEqualTo("0.00");
        assertThat(r.saved().get("CNY").toPlainString()).isEqualTo("50.00");
    }

    @Test
    void anEmptyCycleReportsNothing() {
        NettingReport r = Netting.report("C", List.of());
        assertThat(r.gross()).isEmpty();
        assertThat(r.positions()).isEmpty();
    }
}
