package com.creditquerydesk.domain.model.audit;

/**
 * Signs with the centre's key (the one that signs replies): checkpoints of the chain's head and the auditor's
 * exports (docs/rules.md#R31, #R34). Nobody with access to the database alone can make or alter such a signature.
 */
public interface TrailSigner {

    byte[] sign(byte[] content);

    boolean verify(byte[] content, byte[] signature);

    /** The centre's certificate in PEM, for verifying a signature elsewhere (openssl). */
    String certificatePem();
}
