package com.creditquerydesk.interfaces.rest.storage;

import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.infrastructure.storage.BlobCopy;
import com.creditquerydesk.interfaces.rest.auth.Allowed;
import com.creditquerydesk.interfaces.rest.auth.CurrentActor;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * For the administrator moving a centre from one server to two (README "Two servers"): copies the local store's blobs
 * into the database or S3 store (docs/rules.md#R95), answering the counts; safe to run again.
 */
@Path("/blob-store")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMINISTRATOR)
public class BlobStoreResource {

    @Inject
    BlobCopy copy;

    @Inject
    CurrentActor current;

    /** {@code POST /api/blob-store/copy?to=database|s3}. */
    @POST
    @Path("/copy")
    public BlobCopy.Copied copy(@QueryParam("to") String target) {
        return copy.copy(current.get(), target);
    }
}
