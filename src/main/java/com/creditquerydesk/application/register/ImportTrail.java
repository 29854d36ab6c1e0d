package com.creditquerydesk.application.register;

import com.creditquerydesk.application.Actor;
import com.creditquerydesk.domain.model.audit.AuditAction;

/**
 * Where the end of a background import is recorded: the audit trail in the server (docs/rules.md#R13).
 * A port, so the import service stays container-neutral.
 */
@FunctionalInterface
public interface ImportTrail {

    /** Records in a transaction of its own: the import has committed (or failed) by then. */
    void record(Actor actor, AuditAction action, String detail);
}
