package com.creditquerydesk.infrastructure.register;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashes what passes through; {@link #hex()} drains the rest first, so the digest is of the whole file. */
final class Sha256InputStream extends FilterInputStream {

    private final MessageDigest digest;

    Sha256InputStream(InputStream in) {
        this(in, sha256());
    }

    private Sha256InputStream(InputStream in, MessageDigest digest) {
        super(new DigestInputStream(in, digest));
        this.digest = digest;
    }

    String hex() throws IOException {
        byte[] skip = new byte[8192];
        while (in.read(skip) >= 0) {
            // drain: a reader may stop before the last bytes (e.g. a trailing line break)
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
