package io.bondbridge.client.embedded;

import java.util.Comparator;

/**
 * Key order of Fabric's LevelDB state: byte order of the UTF-8 encoding, which is code-point order. Java's
 * {@code String.compareTo} compares UTF-16 units and puts U+E000..U+FFFF after supplementary characters, so it
 * would disagree with a peer at the edge of a partial-key range (which ends at U+10FFFF).
 */
final class KeyOrder implements Comparator<String> {
    static final KeyOrder INSTANCE = new KeyOrder();

    private KeyOrder() {}

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
