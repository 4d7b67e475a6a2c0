package io.bondbridge.chaincode.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import java.util.List;
import java.util.Random;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.Test;

/** {@link Key#encoded()} builds the composite key itself: it must be the very string the shim's CompositeKey forms. */
class KeyTest {
    @Test
    void encodedIsTheShimsCompositeKeyAndDecodesBack() {
        Random random = new Random(12);
        String alphabet = "abcXYZ019:._-/ é€中";
        for (int n = 0; n < 2_000; n++) {
            String[] parts = new String[random.nextInt(5)];
            for (int i = 0; i < parts.length; i++) {
                StringBuilder b = new StringBuilder();
                for (int k = 0, len = 1 + random.nextInt(12); k < len; k++) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                parts[i] = b.toString();
            }
            Key key = Key.of("stable.balance", parts);

            assertThat(key.encoded()).isEqualTo(new CompositeKey("stable.balance", parts).toString());
            assertThat(Key.decode(key.encoded())).isEqualTo(key);
        }
    }

    @Test
    void aPartWithTheDelimiterASurrogateOrNothingIsRefusedAsABadNamespaceIs() {
        for (String bad : List.of("", "a\u0000b", "x\uDBFF\uDFFF", "\uD800")) {
            assertThatThrownBy(() -> Key.of("gov.account", "BankAMSP", bad))
                    .isInstanceOfSatisfying(
                            LedgerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
        }
        for (String bad : List.of("", "Gov", "1gov", "gov-x", "gov\u0000")) {
            assertThatThrownBy(() -> Key.of(bad, "x"))
                    .isInstanceOfSatisfying(
                            LedgerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL));
        }
        assertThat(Key.of("pay.fx2.quote", "a").encoded()).isEqualTo("\u0000pay.fx2.quote\u0000a\u0000");
    }

    @Test
    void aNumberPartIsZeroPaddedAsStringFormatPadsItSoRowsListInNumberOrder() {
        for (int n : new int[] {0, 7, 42, 999, 1000, 1023, 123456}) {
            assertThat(Key.number(n, 4)).isEqualTo(String.format(java.util.Locale.ROOT, "%04d", n));
        }
        assertThat(Key.number(5, 2)).isEqualTo("05");
        assertThat(Key.number(9, 4).compareTo(Key.number(10, 4))).isNegative();
        assertThatThrownBy(() -> Key.number(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
