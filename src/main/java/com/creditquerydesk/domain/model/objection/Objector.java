package com.creditquerydesk.domain.model.objection;

/** Who raises an objection: the candidate, through the requesting unit, or the requesting unit itself (R86). */
public enum Objector {
    CANDIDATE("查询对象（经查询申请单位）", ObjectionParty.SUBJECT),
    REQUESTING_UNIT("查询申请单位", ObjectionParty.REQUESTING_UNIT);

    private final String label;
    private final ObjectionParty party;

    Objector(String label, ObjectionParty party) {
        this.label = label;
        this.party = party;
    }

    public String label() {
        return label;
    }

    /** The party of the route's first hop, the raise. */
    public ObjectionParty party() {
        return party;
    }
}
