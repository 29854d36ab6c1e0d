package com.creditquerydesk.domain.model.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * The chain's head at a moment, signed with the centre's key (docs/rules.md#R31). Kept outside the database
 * (CheckpointLog); a trail that no longer holds the head's event with the head's hash was truncated or rewritten
 * after the checkpoint was signed.
 *
 * @param signature Base64 of the signature over {@link #signedContent()}
 */
public record AuditCheckpoint(ChainHead head, Instant signedAt, String signature) {

    public AuditCheckpoint {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(signature, "signature");
    }

    public static AuditCheckpoint sign(ChainHead head, Instant at, TrailSigner signer) {
        return new AuditCheckpoint(head, at, Base64.getEncoder().encodeToString(signer.sign(content(head, at))));
    }

    /** What is signed: {@code CQD-AUDIT-CHECKPOINT}, seq, hash and time (ISO-8601), one per line, UTF-8. */
    public byte[] signedContent() {
        return content(head, signedAt);
    }

    public boolean isSignedBy(TrailSigner signer) {
        try {
            return signer.verify(signedContent(), Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static byte[] content(ChainHead head, Instant at) {
        return ("CQD-AUDIT-CHECKPOINT\n" + head.seq() + "\n" + head.hash() + "\n" + at + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
