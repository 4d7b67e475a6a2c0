package io.bondbridge.client.stable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShardRotationTest {
    @Test
    void anyCountConsecutiveShardsAreDistinctAndInRangeWhereverTheRotationStands() {
        for (int count : new int[] {1, 2, 6, 256, 1000, 1024}) {
            ShardRotation r = new ShardRotation(count);
            for (int skip = 0; skip < 3 * count / 2; skip++) {
                r.next(); // the window below starts anywhere in the cycle
            }
            Set<Integer> seen = new HashSet<>();
            for (int n = 0; n < count; n++) {
                int s = r.next();
                assertThat(s).isBetween(0, count - 1);
                seen.add(s);
            }
            assertThat(seen).as("shards of %d consecutive steps", count).hasSize(count);
        }
    }

    @Test
    void aRotationNeedsAShard() {
        assertThatThrownBy(() -> new ShardRotation(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
