package dev.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankOnOneToAHundred() {
        long[] samples = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray(); // unsorted on purpose
        assertThat(Percentiles.of(samples, 50)).isEqualTo(50);
        assertThat(Percentiles.of(samples, 99)).isEqualTo(99);
        assertThat(Percentiles.of(samples, 100)).isEqualTo(100);
        assertThat(Percentiles.of(samples, 0.5)).isEqualTo(1);
        assertThat(samples[0]).as("the caller's array is left alone").isEqualTo(100);
    }

    @Test
    void smallSamplesRoundTheRankUp() {
        long[] samples = {30, 10, 20};
        assertThat(Percentiles.of(samples, 50)).isEqualTo(20);  // rank ceil(1.5) = 2
        assertThat(Percentiles.of(samples, 99)).isEqualTo(30);  // rank ceil(2.97) = 3
        assertThat(Percentiles.of(new long[] {7}, 99)).isEqualTo(7);
    }

    @Test
    void millisecondsKeepTwoDecimals() {
        assertThat(Percentiles.millis(1_234_567)).isEqualTo(1.23);
        assertThat(Percentiles.millis(999_999_999)).isEqualTo(1000.0);
    }

    @Test
    void refusesNothingAndNonsense() {
        assertThatThrownBy(() -> Percentiles.of(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(new long[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
