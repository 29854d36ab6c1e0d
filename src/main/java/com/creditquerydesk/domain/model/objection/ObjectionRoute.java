package com.creditquerydesk.domain.model.objection;

import java.util.List;

/**
 * A route an objection travels (docs/rules.md#R86): its code, name, the notice it comes from and its hops, the
 * first one the raise (within its limit of the result, by whoever objects).
 */
public record ObjectionRoute(String code, String name, String source, List<HopRule> hops) {

    public ObjectionRoute {
        hops = List.copyOf(hops);
        if (hops.isEmpty() || hops.get(0).from() != null || hops.get(0).limit().isEmpty()
                || hops.stream().skip(1).anyMatch(h -> h.from() == null)) {
            throw new IllegalArgumentException("a route starts with its raise, which has a limit, and names every later hop's party");
        }
    }

    /** The working days within which an objection is raised; one received later is 逾期提出. */
    public int raiseLimit() {
        return hops.get(0).limitDays();
    }
}
