package io.bondbridge.client.transport;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECPrivateKey;
import org.hyperledger.fabric.client.identity.Signer;

/**
 * Signs a Fabric message digest with an EC key through the JDK's own provider, in the form Fabric's peers accept:
 * a DER {@code SEQUENCE {r, s}} with {@code s} in the lower half of the curve order (a high {@code s} is replaced by
 * {@code n - s}, the same signature's other form, which peers reject as malleable). fabric-gateway's
 * {@code Signers.newPrivateKeySigner} does the same through Bouncy Castle, whose provider set-up and EC arithmetic
 * cost a command-line call about 0.13 s of its start-up.
 */
final class EcdsaSigner implements Signer {
    private final ECPrivateKey key;
    private final BigInteger order;

    EcdsaSigner(ECPrivateKey key) {
        this.key = key;
        this.order = key.getParams().getOrder();
    }

    @Override
    public byte[] sign(byte[] digest) throws GeneralSecurityException {
        Signature ecdsa = Signature.getInstance("NONEwithECDSA"); // the input is already the digest
        ecdsa.initSign(key);
        ecdsa.update(digest);
        BigInteger[] rs = decode(ecdsa.sign());
        BigInteger s = rs[1];
        if (s.compareTo(order.shiftRight(1)) > 0) {
            s = order.subtract(s);
        }
        return encode(rs[0], s);
    }

    /** {@code r} and {@code s} of a DER {@code SEQUENCE {INTEGER r, INTEGER s}} (short-form lengths, as for P-256/P-384). */
    static BigInteger[] decode(byte[] der) throws SignatureException {
        if (der.length < 8 || der[0] != 0x30 || (der[1] & 0xff) != der.length - 2) {
            throw new SignatureException("not a DER ECDSA signature");
        }
        int at = 2;
        BigInteger[] rs = new BigInteger[2];
        for (int i = 0; i < 2; i++) {
            if (at + 2 > der.length || der[at] != 0x02) {
                throw new SignatureException("not a DER ECDSA signature");
            }
            int length = der[at + 1] & 0xff;
            if (length > 0x7f || at + 2 + length > der.length) {
                throw new SignatureException("not a DER ECDSA signature");
            }
            rs[i] = new BigInteger(1, java.util.Arrays.copyOfRange(der, at + 2, at + 2 + length));
            at += 2 + length;
        }
        return rs;
    }

    static byte[] encode(BigInteger r, BigInteger s) {
        byte[] rb = r.toByteArray(); // two's complement: a leading 0 keeps it positive, as DER wants
        byte[] sb = s.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x30);
        out.write(4 + rb.length + sb.length);
        out.write(0x02);
        out.write(rb.length);
        out.writeBytes(rb);
        out.write(0x02);
        out.write(sb.length);
        out.writeBytes(sb);
        return out.toByteArray();
    }
}
