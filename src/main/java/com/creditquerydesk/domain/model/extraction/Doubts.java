package com.creditquerydesk.domain.model.extraction;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Doubt sets as values: unmodifiable, in the enum's order (stored and shown in that order). */
final class Doubts {

    private Doubts() {
    }

    static Set<Doubt> copy(Set<Doubt> doubts) {
        return doubts == null || doubts.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(doubts));
    }

    static Set<Doubt> union(Set<Doubt> a, Set<Doubt> b) {
        EnumSet<Doubt> all = EnumSet.noneOf(Doubt.class);
        all.addAll(a);
        all.addAll(b);
        return copy(all);
    }
}
