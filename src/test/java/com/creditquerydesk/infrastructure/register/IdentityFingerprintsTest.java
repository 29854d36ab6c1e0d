package com.creditquerydesk.infrastructure.register;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityFingerprintsTest {

    /** Many distinct identities (more than one bucket's first array holds) are told apart: no search is run for them. */
    @Test
    void distinctIdentitiesDoNotRepeat() {
        IdentityFingerprints f = new IdentityFingerprints();
        for (int i = 0; i < 200_000; i++) {
            f.add("（2019）陕0113执" + i + "号", "罗勇");
            f.add("（2019）陕0113执" + i + "号", "罗永");
        }
        assertFalse(f.mayRepeat());
    }

    /** The same 案号 and name twice, however far apart in the file, is seen. */
    @Test
    void aRepeatedIdentityIsSeen() {
        IdentityFingerprints f = new IdentityFingerprints();
        f.add("（2019）陕0113执1号", "罗勇");
        for (int i = 0; i < 50_000; i++) {
            f.add("案" + i, "某" + i);
        }
        f.add("（2019）陕0113执1号", "罗勇");
        assertTrue(f.mayRepeat());
    }

    /** Where the case number ends and the name begins counts. */
    @Test
    void thePartsAreSeparated() {
        assertNotEquals(IdentityFingerprints.fingerprint("案12", "3"), IdentityFingerprints.fingerprint("案1", "23"));
    }
}
