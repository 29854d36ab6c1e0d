package com.creditquerydesk.domain.shared;

import java.util.function.Consumer;

/**
 * Every blob address a row points to (docs/rules.md#R96): originals, attachments, page images, drafts, signed
 * replies, objection files, kept register files and applicant lists. A new kind of row that keeps a blob adds its
 * column here, or the sweeper would take its blob for unreferenced.
 */
public interface BlobReferences {

    /** Each referenced address (an address may come more than once), as committed when it is read. */
    void forEach(Consumer<String> address);
}
