package com.creditquerydesk.interfaces.rest.common;

import com.creditquerydesk.infrastructure.persistence.durability.DurableCommits;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;

/**
 * No answer to a request that may have changed data leaves before that change is on disk: the use case's
 * transaction has committed when the resource method returns, and this runs before the response is written
 * (README "Durability"; DurabilityIT kills the server within milliseconds of the answer).
 */
@Provider
public class DurableAcknowledgement implements ContainerResponseFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    DurableCommits commits;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!SAFE.contains(request.getMethod())) {
            commits.awaitDurable();
        }
    }
}
