package io.bondbridge.client.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.payment.PaymentResult;
import io.bondbridge.api.payment.PaymentStatus;
import org.junit.jupiter.api.Test;

/** {@link SendRequest#withChargeBearer}: the charge bearer travels in the instruction and lands in the details. */
class ChargeBearerTest extends PaymentFixture {

    private static SendRequest request(String e2eId) {
        return SendRequest.of(e2eId, "CN-HK", "banka:main", "bankb:main", "250.00", "CNY");
    }

    @Test
    void theChargeBearerSentIsTheOneEveryMemberReadsAndTheHashCovers() {
        PaymentResult r = payments("banka").send(request("E2E-CB").withChargeBearer("DEBT"));

        assertThat(r.status()).isEqualTo(PaymentStatus.SETTLED);
        for (String member : new String[] {"banka", "bankb", "regulator"}) {
            assertThat(payments(member).details("E2E-CB").details().chargeBearer())
                    .as(member)
                    .isEqualTo("DEBT");
            assertThat(payments(member).show("E2E-CB").chargeBearer())
                    .as(member)
                    .isEqualTo("DEBT");
        }
        assertThat(payments("bankb").verify("E2E-CB").matches()).isTrue();
    }

    @Test
    void withoutOneTheLedgerDefaultsToShared() {
        payments("banka").send(request("E2E-SHAR"));
        payments("banka").send(request("E2E-NULL").withChargeBearer("CRED").withChargeBearer(null));

        assertThat(payments("bankb").details("E2E-SHAR").details().chargeBearer())
                .isEqualTo("SHAR");
        assertThat(payments("bankb").details("E2E-NULL").details().chargeBearer())
                .isEqualTo("SHAR");
    }

    @Test
    void everyOtherRequestFieldSurvivesSettingIt() {
        SendRequest plain = request("E2E-1").withParties("Shenzhen Battery Co", "HK Trading Ltd");

        SendRequest debt = plain.withChargeBearer("DEBT");

        assertThat(debt.chargeBearer()).isEqualTo("DEBT");
        assertThat(debt.withChargeBearer(null)).isEqualTo(plain);
        assertThat(debt.withPurpose("GDDS", "invoice 117").inCycle("C-1").chargeBearer())
                .isEqualTo("DEBT");
    }

    @Test
    void aChargeBearerTheLedgerDoesNotKnowIsRejectedAndNothingIsBooked() {
        assertRejected(ErrorCode.INVALID_ARGUMENT, () -> payments("banka")
                .send(request("E2E-X").withChargeBearer("OURS")));

        assertThat(balance("bankb:main", "CNY")).isEqualTo("0.00");
    }
}
