package com.creditquerydesk.application;

import com.creditquerydesk.domain.model.user.PasswordPolicy;
import com.creditquerydesk.domain.model.user.Role;
import com.creditquerydesk.domain.model.user.SecondFactor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** The server's settings the use cases need (configuration, never code). */
public interface ServerSettings {

    /** Where the database (H2), originals, keys, imports and calendar additions live. */
    Path dataDir();

    boolean demo();

    /** The zone receipt times, due dates and list filters are reckoned in. */
    ZoneId zone();

    /** How many letters this server reads at once (CQD_EXTRACTION_CONCURRENCY, the reading executor's threads). */
    int extractionConcurrency();

    /** How many working days after receipt a reply is due. */
    int replyWorkingDays();

    /** The roles whose accounts must work from a registered terminal (docs/rules.md#R23). */
    Set<Role> rolesNeedingTerminal();

    /** The roles whose accounts must give a second factor at log-in and sign-off (docs/rules.md#R24). */
    Set<Role> rolesNeedingSecondFactor();

    /** The second factors this centre uses (docs/rules.md#R24). */
    Set<SecondFactor> secondFactors();

    /** What new passwords must be, and how long they last (docs/rules.md#R25). */
    PasswordPolicy passwordPolicy();

    /** When the daily digest goes out, in the centre's zone (docs/rules.md#R84, #R97). */
    LocalTime digestTime();

    /** How long a blob no row points to is kept (docs/rules.md#R96). */
    Duration blobGracePeriod();

    /** When the sweeper runs each day, in the centre's zone (docs/rules.md#R96). */
    LocalTime blobSweepTime();
}
