package io.bondbridge.client.transport;

import io.bondbridge.api.ErrorCode;
import io.grpc.Status;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * What a Fabric Gateway failure means for bondbridge: the chaincode's rejection code, a stale read worth
 * retrying, or an unreachable network.
 *
 * <p>The Gateway does not pass the chaincode's error code as such: a rejection arrives as an error detail per
 * endorser whose message embeds the chaincode's message, e.g. {@code chaincode response 500, INSUFFICIENT_FUNDS:
 * balance 10.00 below 25.00}. The code is the first {@code CODE: } in the details (then the status description)
 * that names an {@link ErrorCode}.
 */
final class GatewayErrors {
    /**
     * The Gateway's own org endorsed, but not enough other orgs did, or their results differ: typically an
     * endorser a block behind read an older value. Retrying is the cure.
     */
    static final String ENDORSEMENT_SHORTFALL = "failed to collect enough transaction endorsements";

    private static final Pattern CODE = Pattern.compile("\\b([A-Z][A-Z_]*): ");

    /** {@link ErrorCode#UNAVAILABLE} is client-side only; in a message it is gRPC speaking, not the chaincode. */
    private static final Set<ErrorCode> CHAINCODE_CODES = EnumSet.complementOf(EnumSet.of(ErrorCode.UNAVAILABLE));

    private GatewayErrors() {}

    /** The chaincode's {@code "CODE: message"} in these texts, searched in order. */
    static Optional<String> chaincodeMessage(List<String> texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = CODE.matcher(text);
            while (m.find()) {
                ErrorCode code = ErrorCode.fromMessage(m.group(1) + ": ");
                if (code != null && CHAINCODE_CODES.contains(code)) {
                    return Optional.of(text.substring(m.start()).strip());
                }
            }
        }
        return Optional.empty();
    }

    /** The texts to search: every endorser's detail message, then the status description. */
    static List<String> texts(Status status, List<ErrorDetail> details) {
        List<String> texts = new ArrayList<>();
        for (ErrorDetail detail : details) {
            texts.add(detail.getMessage());
        }
        texts.add(status.getDescription());
        return texts;
    }

    /** A stale read at endorsement: the Gateway could not gather matching endorsements from enough orgs. */
    static boolean isEndorsementShortfall(Status status) {
        String description = status.getDescription();
        return status.getCode() == Status.Code.ABORTED
                && description != null
                && description.contains(ENDORSEMENT_SHORTFALL);
    }

    /** Committed but invalidated because a key it read changed first: the transaction can simply run again. */
    static boolean isRetryable(TxValidationCode code) {
        return code == TxValidationCode.MVCC_READ_CONFLICT || code == TxValidationCode.PHANTOM_READ_CONFLICT;
    }

    /** What a peer says when the chaincode server does not answer: as transient as an unreachable peer. */
    private static final String CHAINCODE_DOWN = "could not launch chaincode";

    /**
     * What the Gateway says when it knows too few live peers to satisfy the endorsement policy: peers down, or a
     * restarted peer that has not yet met the others (the fault run saw it for a few seconds after restarting Bank
     * A's peer). Transient too; a policy no set of peers could ever satisfy reads the same, and the text says which.
     */
    private static final String TOO_FEW_ENDORSERS = "no combination of peers can be derived";

    /**
     * The exception callers see for a Gateway failure: the chaincode's code when it rejected the transaction,
     * {@link ErrorCode#UNAVAILABLE} when the network or the chaincode server did not answer in time or too few peers
     * are there to endorse, {@link ErrorCode#INTERNAL} otherwise.
     */
    static BondBridgeException translate(Status status, List<ErrorDetail> details, String txId, Throwable cause) {
        Optional<String> rejection = chaincodeMessage(texts(status, details));
        if (rejection.isPresent()) {
            return BondBridgeException.fromChaincodeMessage(rejection.get(), txId, cause);
        }
        String summary = summary(status, details);
        if (status.getCode() == Status.Code.UNAVAILABLE
                || status.getCode() == Status.Code.DEADLINE_EXCEEDED
                || summary.contains(CHAINCODE_DOWN)
                || summary.contains(TOO_FEW_ENDORSERS)) {
            return new BondBridgeException(
                    ErrorCode.UNAVAILABLE, "Fabric network unavailable: " + summary, txId, cause);
        }
        return new BondBridgeException(ErrorCode.INTERNAL, "Fabric Gateway error: " + summary, txId, cause);
    }

    /** {@code ABORTED: description [BankAMSP@127.0.0.1:7351: message; ...]}. */
    static String summary(Status status, List<ErrorDetail> details) {
        StringBuilder text = new StringBuilder(status.getCode().name());
        if (status.getDescription() != null) {
            text.append(": ").append(status.getDescription());
        }
        if (!details.isEmpty()) {
            text.append(" [");
            for (int i = 0; i < details.size(); i++) {
                ErrorDetail d = details.get(i);
                text.append(i == 0 ? "" : "; ")
                        .append(d.getMspId())
                        .append('@')
                        .append(d.getAddress())
                        .append(": ")
                        .append(d.getMessage());
            }
            text.append(']');
        }
        return text.toString();
    }
}
