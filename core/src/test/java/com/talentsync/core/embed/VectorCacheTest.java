package com.talentsync.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VectorCacheTest {

    @Test
    void forgetsTheLeastRecentlyUsedTextWhenFull() {
        VectorCache cache = new VectorCache(2);
        cache.put("a", new float[] {1});
        cache.put("b", new float[] {2});
        cache.get("a"); // "b" is now the least recently used
        cache.put("c", new float[] {3});

        assertThat(cache.get("a")).isPresent();
        assertThat(cache.get("b")).isEmpty();
        assertThat(cache.get("c")).isPresent();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void callersCannotChangeACachedVector() {
        VectorCache cache = new VectorCache(4);
        float[] stored = {1, 2};
        cache.put("a", stored);
        stored[0] = 99;
        cache.get("a").orElseThrow()[1] = 99;

        assertThat(cache.get("a").orElseThrow()).containsExactly(1, 2);
    }

    @Test
    void aCacheHoldsAtLeastOneText() {
        assertThatThrownBy(() -> new VectorCache(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}
