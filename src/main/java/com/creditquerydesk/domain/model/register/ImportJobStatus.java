package com.creditquerydesk.domain.model.register;

public enum ImportJobStatus {
    RUNNING,
    DONE,
    FAILED
}
