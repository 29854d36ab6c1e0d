package com.creditquerydesk.domain.model.statistics;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many letters took each number of working days over one step (docs/rules.md#R75): what the database counts, from
 * which the median and the 90th percentile follow. Histograms of groups add up to the histogram of their total.
 */
public final class DurationHistogram {

    private static final DurationHistogram EMPTY = new DurationHistogram(new TreeMap<>());

    private final SortedMap<Integer, Long> lettersByDays;

    private DurationHistogram(SortedMap<Integer, Long> lettersByDays) {
        this.lettersByDays = lettersByDays;
    }

    public static DurationHistogram empty() {
        return EMPTY;
    }

    /** From working days to the number of letters; a negative duration or count is a programming error. */
    public static DurationHistogram of(Map<Integer, Long> lettersByDays) {
        SortedMap<Integer, Long> copy = new TreeMap<>();
        lettersByDays.forEach((days, n) -> {
            if (days < 0 || n < 0) {
                throw new IllegalArgumentException("negative duration or count: " + days + " → " + n);
            }
            if (n > 0) {
                copy.put(days, n);
            }
        });
        return new DurationHistogram(copy);
    }

    public DurationHistogram plus(DurationHistogram other) {
        SortedMap<Integer, Long> sum = new TreeMap<>(lettersByDays);
        other.lettersByDays.forEach((days, n) -> sum.merge(days, n, Long::sum));
        return new DurationHistogram(sum);
    }

    public long count() {
        return lettersByDays.values().stream().mapToLong(Long::longValue).sum();
    }

    public SortedMap<Integer, Long> lettersByDays() {
        return Collections.unmodifiableSortedMap(lettersByDays);
    }

    /** The middle duration; with an even count the mean of the two middle ones (so it may end in .5). */
    public Optional<Double> median() {
        long n = count();
        if (n == 0) {
            return Optional.empty();
        }
        return Optional.of(n % 2 == 1 ? kth((n + 1) / 2) : (kth(n / 2) + kth(n / 2 + 1)) / 2.0);
    }

    /** The 90th percentile by nearest rank: the smallest duration that at least 90% of the letters did not exceed. */
    public Optional<Integer> p90() {
        long n = count();
        return n == 0 ? Optional.empty() : Optional.of(kth((9 * n + 9) / 10));
    }

    /** The k-th smallest duration, k from 1. */
    private int kth(long k) {
        long seen = 0;
        for (Map.Entry<Integer, Long> e : lettersByDays.entrySet()) {
            seen += e.getValue();
            if (seen >= k) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("rank " + k + " beyond " + seen);
    }
}
