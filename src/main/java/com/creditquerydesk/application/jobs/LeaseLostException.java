package com.creditquerydesk.application.jobs;

/** This server's lease on a job ended and another server took it over: what it did in this transaction is undone. */
public class LeaseLostException extends RuntimeException {

    public LeaseLostException(long jobId) {
        super("the lease on job " + jobId + " was lost to another server");
    }
}
