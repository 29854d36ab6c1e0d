package com.creditquerydesk.domain.model.register;

/** How an imported register file relates to what is already held (docs/domain.md#register-file). */
public enum ImportMode {
    /** The file is the whole register: records missing from it are marked removed (never deleted). */
    SNAPSHOT,
    /** The file holds additions and changes only: nothing is removed. */
    DELTA
}
