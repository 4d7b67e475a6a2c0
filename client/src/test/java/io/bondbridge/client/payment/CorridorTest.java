package io.bondbridge.client.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.payment.Alert;
import io.bondbridge.api.payment.Corridor;
import io.bondbridge.api.payment.Instruction;
import io.bondbridge.api.payment.PaymentStatus;
import io.bondbridge.client.embedded.Endorsement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Corridors of two or more jurisdictions (issue 14 item 8): a payment between agents of any two members uses the
 * corridor; its currencies, daily limit and alerts are the corridor's, shared by all its pairs; finding it costs
 * one key read however many corridors exist. The fixture's agents are Bank A (CN) and Bank B (HK); 1 CNY = 0.125
 * USD.
 */
class CorridorTest extends PaymentFixture {

    private CorridorClient corridors() {
        return payments("centralbank").corridors();
    }

    /** A gross CNY payment by the agent that owns {@code from}; returns its status. */
    private PaymentStatus send(String e2eId, String corridor, String from, String to, String amount) {
        PaymentStatus status = payments(from.substring(0, from.indexOf(':')))
                .send(SendRequest.of(e2eId, corridor, from, to, amount, "CNY"))
                .status();
        tick();
        return status;
    }

    @Test
    void aCorridorOfThreeOrMoreJurisdictionsCarriesPaymentsBetweenAnyTwoMembersEitherWay() {
        // The China-Southeast Asia corridor as the essay names it: CN with HK, SG, TH and MY
        Corridor c = corridors().set("CN-ASEAN", "CN,HK,SG,TH,MY", "CNY,HKD", null);
        tick();
        assertThat(c.jurisdictions()).containsExactly("CN", "HK", "MY", "SG", "TH");
        as("banka").stableUnits().transfer("CNY", "banka:main", "bankb:main", "500.00");
        tick();

        assertThat(send("A-1", "CN-ASEAN", "banka:main", "bankb:main", "100.00"))
                .isEqualTo(PaymentStatus.SETTLED);
        assertThat(send("A-2", "CN-ASEAN", "bankb:main", "banka:main", "40.00")).isEqualTo(PaymentStatus.SETTLED);
        // Bank B: 500 + 100 - 40 = 560.00
        assertThat(balance("bankb:main", "CNY")).isEqualTo("560.00");
    }

    @Test
    void aCorridorWithoutBothAgentsJurisdictionsIsRejected() {
        // China-Central Asia-Russia: HK is not a member, so CN -> HK may not use it
        corridors().set("CN-CA-RU", "CN,KZ,KG,UZ,RU", null, null);
        tick();
        assertRejected(
                ErrorCode.POLICY_VIOLATION,
                "corridor CN-CA-RU links [CN, KG, KZ, RU, UZ]; BankAMSP (CN) to BankBMSP (HK) is not in it",
                () -> pay2("X-1", "CN-CA-RU"));
    }

    @Test
    void oneJurisdictionIsNoCorridor() {
        assertRejected(
                ErrorCode.INVALID_ARGUMENT, "corridor CN-CN needs 2 to 32 different jurisdictions", () -> corridors()
                        .set("CN-CN", "CN,CN", null, null));
    }

    @Test
    void theDailyLimitIsTheCorridorsSharedByAllItsPairsAndAlertsNameIt() {
        // USD 60,000.00 a day for the whole CN-Gulf corridor (CN with AE, SA and HK standing in for a Gulf member)
        corridors().set("CN-GULF", "CN,AE,SA,HK", "CNY", "60000.00");
        tick();
        as("banka").stableUnits().transfer("CNY", "banka:main", "bankb:main", "200000.00");
        tick();
        // 400,000.00 CNY x 0.125 = USD 50,000.00: at the alert threshold
        send("G-1", "CN-GULF", "banka:main", "bankb:main", "400000.00");
        // the other way, 80,000.00 CNY = USD 10,000.00: 50,000 + 10,000 = 60,000.00, exactly the limit
        send("G-2", "CN-GULF", "bankb:main", "banka:main", "80000.00");
        assertThat(payments("regulator").usage("CN-GULF", null).usedUsd().toPlainString())
                .isEqualTo("60000.00");
        // 0.08 CNY = USD 0.01 more, in either direction, is over
        assertRejected(ErrorCode.LIMIT_EXCEEDED, "corridor CN-GULF has carried USD 60000.00", () -> payments("bankb")
                .send(SendRequest.of("G-3", "CN-GULF", "bankb:main", "banka:main", "0.08", "CNY")));
        List<Alert> alerts = as("regulator").payments().corridors().alerts().alerts();
        assertThat(alerts).extracting(Alert::e2eId).containsExactly("G-1");
        assertThat(alerts.get(0).corridor()).isEqualTo("CN-GULF");
    }

    @Test
    void aPaymentReadsOnlyItsOwnCorridorHoweverManyExist() {
        for (int i = 0; i < 40; i++) {
            corridors().set("CN-X" + i, "CN,HK,KZ,RU,AE", null, null);
        }
        tick();
        Instruction i =
                Instruction.of("banka:main", "bankb:main", "1.00", "CNY").withSalt(PaymentClient.newSalt());
        Endorsement e = ledger.simulate(ledger.propose(
                "BankAMSP",
                "payment",
                "send",
                List.of("P-1", "CN-X17", ""),
                Map.of(Instruction.TRANSIENT_KEY, Json.bytes(i)),
                now));

        assertThat(e.ok()).as(e.message()).isTrue();
        assertThat(e.pointReads().stream().filter(k -> k.contains("pay.corridor")))
                .hasSize(1)
                .allMatch(k -> k.contains("CN-X17"));
        assertThat(e.rangeReads()).isZero();
    }

    private void pay2(String e2eId, String corridor) {
        payments("banka").send(SendRequest.of(e2eId, corridor, "banka:main", "bankb:main", "1.00", "CNY"));
    }
}
