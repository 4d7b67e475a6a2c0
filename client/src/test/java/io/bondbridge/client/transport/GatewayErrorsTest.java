package io.bondbridge.client.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Any;
import io.bondbridge.api.ErrorCode;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.List;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Gateway failures as the Fabric Gateway (Fabric 3.x peer, fabric-gateway 1.10) reports them. */
class GatewayErrorsTest {

    /** What the client library builds from the gRPC status and its trailers: a real exception, not a mock. */
    private static StatusRuntimeException grpcError(Status.Code code, String description, ErrorDetail... details) {
        com.google.rpc.Status.Builder status =
                com.google.rpc.Status.newBuilder().setCode(code.value()).setMessage(description);
        for (ErrorDetail detail : details) {
            status.addDetails(Any.pack(detail));
        }
        return StatusProto.toStatusRuntimeException(status.build());
    }

    private static ErrorDetail detail(String msp, String address, String message) {
        return ErrorDetail.newBuilder()
                .setMspId(msp)
                .setAddress(address)
                .setMessage(message)
                .build();
    }

    private static BondBridgeException translate(GatewayException e, String txId) {
        return GatewayErrors.translate(e.getStatus(), e.getDetails(), txId, e);
    }

    @Nested
    class ChaincodeRejections {
        @Test
        void takesTheCodeFromTheEndorsersDetail() {
            EndorseException e = new EndorseException(
                    "tx1",
                    grpcError(
                            Status.Code.ABORTED,
                            "failed to endorse transaction, see attached details for more info",
                            detail(
                                    "BankAMSP",
                                    "127.0.0.1:7351",
                                    "chaincode response 500, FORBIDDEN: only the regulator may freeze accounts;"
                                            + " caller is BankAMSP")));

            BondBridgeException b = translate(e, "tx1");

            assertThat(b.code()).isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(b.getMessage()).isEqualTo("only the regulator may freeze accounts; caller is BankAMSP");
            assertThat(b.txId()).isEqualTo("tx1");
            assertThat(b.getCause()).isSameAs(e);
            assertThat(GatewayErrors.isEndorsementShortfall(e.getStatus())).isFalse();
        }

        @Test
        void readsAnEvaluateRejectionWithTheSameCodeAsTheEmbeddedLedger() {
            GatewayException e = new GatewayException(grpcError(
                    Status.Code.UNKNOWN,
                    "evaluate call to endorser returned error: chaincode response 500, INSUFFICIENT_FUNDS:"
                            + " balance 10.00 CNY below 25.00",
                    detail(
                            "BankBMSP",
                            "127.0.0.1:7451",
                            "chaincode response 500, INSUFFICIENT_FUNDS: balance 10.00 CNY below 25.00")));

            BondBridgeException b = translate(e, null);

            assertThat(b.code()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS);
            assertThat(b.getMessage()).isEqualTo("balance 10.00 CNY below 25.00");
        }

        @Test
        void fallsBackToTheStatusDescription() {
            GatewayException e = new GatewayException(grpcError(
                    Status.Code.UNKNOWN,
                    "evaluate call to endorser returned error: chaincode response 500, NOT_FOUND: account"
                            + " BankAMSP:trading"));

            BondBridgeException b = translate(e, null);

            assertThat(b.code()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(b.getMessage()).isEqualTo("account BankAMSP:trading");
        }

        @Test
        void skipsUppercaseWordsThatAreNoCode() {
            assertThat(GatewayErrors.chaincodeMessage(List.of(
                            "ABORTED: x",
                            "error in simulation: MVCC: no",
                            "chaincode response 500, FROZEN: BankBMSP:main")))
                    .contains("FROZEN: BankBMSP:main");
        }

        @Test
        void ignoresACodeGluedToAnotherWord() {
            assertThat(GatewayErrors.chaincodeMessage(List.of("xFORBIDDEN: no")))
                    .isEmpty();
        }

        @Test
        void neverTakesGrpcUnavailableForTheChaincode() {
            assertThat(GatewayErrors.chaincodeMessage(List.of("UNAVAILABLE: io exception")))
                    .isEmpty();
        }
    }

    @Nested
    class Retries {
        @Test
        void retriesAnEndorsementShortfallEvenWhenALaggingPeerRejected() {
            // The gateway's own peer endorsed; BankB's peer, a block behind, did not see the account yet.
            EndorseException e = new EndorseException(
                    "tx2",
                    grpcError(
                            Status.Code.ABORTED,
                            "failed to collect enough transaction endorsements, see attached details for more info",
                            detail("BankBMSP", "127.0.0.1:7451", "chaincode response 500, NOT_FOUND: account x")));

            assertThat(GatewayErrors.isEndorsementShortfall(e.getStatus())).isTrue();
        }

        @Test
        void retriesReadConflictsOnly() {
            assertThat(GatewayErrors.isRetryable(TxValidationCode.MVCC_READ_CONFLICT))
                    .isTrue();
            assertThat(GatewayErrors.isRetryable(TxValidationCode.PHANTOM_READ_CONFLICT))
                    .isTrue();
            assertThat(GatewayErrors.isRetryable(TxValidationCode.ENDORSEMENT_POLICY_FAILURE))
                    .isFalse();
            assertThat(GatewayErrors.isRetryable(TxValidationCode.DUPLICATE_TXID))
                    .isFalse();
            assertThat(GatewayErrors.isRetryable(TxValidationCode.VALID)).isFalse();
        }

        @Test
        void doesNotRetryOtherAbortedCalls() {
            assertThat(GatewayErrors.isEndorsementShortfall(
                            Status.ABORTED.withDescription("failed to endorse transaction, see attached details")))
                    .isFalse();
            assertThat(GatewayErrors.isEndorsementShortfall(
                            Status.UNAVAILABLE.withDescription("failed to collect enough transaction endorsements")))
                    .isFalse();
        }

        @Test
        void backsOffExponentiallyWithJitterUpToTheCap() {
            GatewayTransport.Options o = GatewayTransport.Options.DEFAULTS;

            assertThat(GatewayTransport.backoffMillis(1, o, 0.0)).isEqualTo(50);
            assertThat(GatewayTransport.backoffMillis(1, o, 0.9999999)).isEqualTo(100);
            assertThat(GatewayTransport.backoffMillis(3, o, 0.0)).isEqualTo(200);
            assertThat(GatewayTransport.backoffMillis(3, o, 0.9999999)).isEqualTo(400);
            assertThat(GatewayTransport.backoffMillis(10, o, 0.9999999)).isEqualTo(2000);
            assertThat(GatewayTransport.backoffMillis(60, o, 0.5)).isBetween(1000L, 2000L);
        }

        @Test
        void defaultsAreTheDocumentedDeadlines() {
            GatewayTransport.Options o = GatewayTransport.Options.DEFAULTS;

            assertThat(o.evaluateTimeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(o.endorseTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(o.submitTimeout()).isEqualTo(Duration.ofSeconds(10));
            assertThat(o.commitStatusTimeout()).isEqualTo(Duration.ofSeconds(60));
            assertThat(o.maxAttempts()).isEqualTo(5);
        }
    }

    @Nested
    class Unreachable {
        @Test
        void anUnavailablePeerIsUnavailable() {
            GatewayException e = new GatewayException(grpcError(Status.Code.UNAVAILABLE, "io exception"));

            assertThat(translate(e, null).code()).isEqualTo(ErrorCode.UNAVAILABLE);
        }

        @Test
        void aDeadlineIsUnavailable() {
            GatewayException e = new GatewayException(grpcError(
                    Status.Code.DEADLINE_EXCEEDED, "endorsement timeout expired while collecting endorsements"));

            BondBridgeException b = translate(e, "tx3");

            assertThat(b.code()).isEqualTo(ErrorCode.UNAVAILABLE);
            assertThat(b.getMessage()).contains("DEADLINE_EXCEEDED", "endorsement timeout expired");
            assertThat(b.txId()).isEqualTo("tx3");
        }

        @Test
        void aChaincodeServerThatDoesNotAnswerIsUnavailable() {
            // what the peers said while the fault run had killed the chaincode server
            GatewayException e = new GatewayException(grpcError(
                    Status.Code.ABORTED,
                    "failed to endorse transaction, see attached details",
                    detail(
                            "BankAMSP",
                            "127.0.0.1:7351",
                            "could not launch chaincode bondbridge_1.0:abc: connection refused")));

            assertThat(translate(e, null).code()).isEqualTo(ErrorCode.UNAVAILABLE);
        }

        @Test
        void tooFewPeersToEndorseIsUnavailable() {
            // what Bank A's Gateway said for a few seconds after the fault run restarted its peer
            GatewayException e = new GatewayException(grpcError(
                    Status.Code.FAILED_PRECONDITION,
                    "no combination of peers can be derived which satisfy the endorsement policy: no peer combination"
                            + " can satisfy the endorsement policy"));

            BondBridgeException b = translate(e, null);

            assertThat(b.code()).isEqualTo(ErrorCode.UNAVAILABLE);
            assertThat(b.getMessage()).contains("FAILED_PRECONDITION", "no combination of peers");
        }

        @Test
        void anythingElseIsInternalAndKeepsTheDetails() {
            GatewayException e = new GatewayException(grpcError(
                    Status.Code.FAILED_PRECONDITION,
                    "failed to get proposal: unsupported header type",
                    detail("BankAMSP", "127.0.0.1:7351", "some peer message")));

            BondBridgeException b = translate(e, null);

            assertThat(b.code()).isEqualTo(ErrorCode.INTERNAL);
            assertThat(b.getMessage())
                    .contains("FAILED_PRECONDITION", "unsupported header type", "BankAMSP@127.0.0.1:7351");
        }
    }
}
