/**
 * The domain: what a request letter, a candidate, the register, a screening, a reply and the audit trail are,
 * and the rules they keep (docs/rules.md). Aggregates and value objects check themselves; ports (repositories,
 * {@code LetterFileReader}, {@code ReplyRenderer}, {@code Signer}, {@code PasswordHashing}, …) say what the domain
 * needs from outside without naming a library. Nothing here imports the application, the infrastructure or the
 * interfaces (ArchitectureTest).
 */
package com.creditquerydesk.domain;
