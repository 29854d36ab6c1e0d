package com.creditquerydesk.domain.model.objection;

/** Who holds an objection at a hop of its route (docs/rules.md#R86). */
public enum ObjectionParty {
    SUBJECT("查询对象"),
    REQUESTING_UNIT("查询申请单位"),
    CENTRE("本中心"),
    NATIONAL_CENTRE("国家公共信用信息中心"),
    CITY_PLATFORM("市级信用信息平台");

    private final String label;

    ObjectionParty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
