package com.creditquerydesk.domain.model.spotcheck;

import com.creditquerydesk.domain.shared.DomainException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * How many replies a spot check draws (docs/rules.md#R78): a number of them, or a percentage of the period's (rounded
 * up, so any percentage of a non-empty period draws at least one). Exactly one of the two is given.
 */
public record SampleSize(Integer count, Integer percent) {

    public static final int MAX_COUNT = 1000;

    public SampleSize {
        if ((count == null) == (percent == null)) {
            throw new DomainException("SAMPLE_SIZE_REQUIRED", "请给出抽取件数（count）或比例（percent）之一",
                    "give either the number of replies to draw (count) or a percentage (percent)");
        }
        if (count != null && (count < 1 || count > MAX_COUNT)) {
            throw new DomainException("SAMPLE_SIZE_INVALID", "抽取件数应为 1–" + MAX_COUNT,
                    "the number to draw is 1 to " + MAX_COUNT);
        }
        if (percent != null && (percent < 1 || percent > 100)) {
            throw new DomainException("SAMPLE_SIZE_INVALID", "抽取比例应为 1–100（%）", "the percentage is 1 to 100");
        }
    }

    /** How many of {@code population} replies are drawn. */
    public int of(int population) {
        if (count != null) {
            return Math.min(count, population);
        }
        return (int) Math.min(population, (population * (long) percent + 99) / 100);
    }

    /**
     * The draw: the population in a fixed order (sorted), shuffled by a generator seeded with {@code seed}, its first
     * {@link #of} items, kept in the drawn order. The same population and seed always give the same sample, so anyone
     * may repeat the draw and see it was not chosen.
     */
    public List<String> draw(List<String> population, long seed) {
        List<String> order = new ArrayList<>(population);
        Collections.sort(order);
        Collections.shuffle(order, new Random(seed));
        return List.copyOf(order.subList(0, of(order.size())));
    }

    @Override
    public String toString() {
        return count != null ? count + " 件" : percent + "%";
    }
}
