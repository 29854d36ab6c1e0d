package com.creditquerydesk.domain.model.spotcheck;

import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.DomainException.Kind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A spot check (抽查抽检, docs/rules.md#R78): the period, the sample size, the seed of the draw and the size of the
 * population it was drawn from (so the draw can be repeated and shown fair), who drew it and when, and the drawn
 * replies with their findings and verdicts.
 */
public record SpotCheck(String id, LocalDate from, LocalDate to, SampleSize sample, long seed, int population,
                        String drawnBy, Instant drawnAt, List<SpotCheckItem> items) {

    public SpotCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sample, "sample");
        items = List.copyOf(items);
    }

    public SpotCheckItem item(int number) {
        if (number < 1 || number > items.size()) {
            throw new DomainException(Kind.NOT_FOUND, "SPOT_CHECK_ITEM_NOT_FOUND", "本次抽查没有第 " + number + " 件",
                    "this spot check has no item " + number);
        }
        return items.get(number - 1);
    }

    public SpotCheck judged(int number, Verdict verdict, String note, String by, Instant at) {
        List<SpotCheckItem> updated = new ArrayList<>(items);
        updated.set(number - 1, item(number).judged(verdict, note, by, at));
        return new SpotCheck(id, from, to, sample, seed, population, drawnBy, drawnAt, updated);
    }

    /** Whether any drawn reply did not reproduce as of its time or its file failed: an alarm for the administrators. */
    public boolean defect() {
        return items.stream().anyMatch(SpotCheckItem::defect);
    }
}
