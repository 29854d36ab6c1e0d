package com.creditquerydesk.application.jobs;

import com.creditquerydesk.domain.model.job.NodeId;

import java.time.Duration;

/** How this server takes part in the job table (configuration; README "Jobs and several servers"). */
public interface JobSettings {

    /** This server's name in the leases it holds: CQD_NODE_ID, else generated once and kept in the data directory. */
    NodeId node();

    /** How long a claim lasts without renewal: a server that stops is taken over this long after its last renewal. */
    Duration lease();

    /** How often an idle server looks for due jobs queued by the others (its own wake it at once). */
    Duration pollInterval();
}
