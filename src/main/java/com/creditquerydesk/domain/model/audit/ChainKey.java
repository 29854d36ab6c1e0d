package com.creditquerydesk.domain.model.audit;

import com.creditquerydesk.domain.shared.Sha256;

/**
 * The hash that links the audit chain. The trail's is an HMAC whose key lives outside the database
 * (docs/rules.md#R30): someone who can only change rows cannot compute a link, so he cannot rewrite an event and
 * re-link every later one. Answers lower-case hex of 64 digits.
 */
public interface ChainKey {

    String mac(String canonical);

    /** The trail's rule before R30: plain SHA-256, which anyone with database access can recompute. */
    ChainKey UNKEYED_SHA256 = Sha256::hex;
}
