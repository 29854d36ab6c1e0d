package com.creditquerydesk.testsupport;

import com.creditquerydesk.domain.model.user.Totp;
import com.creditquerydesk.domain.model.user.TotpSecret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second factor as a user gives it: the current code of an authenticator secret (the demo accounts' are read
 * from the README's table, which is thereby checked too), never one of a step this test run already used, since the
 * server accepts each step once.
 */
public final class SecondFactors {

    private static final Pattern ROW = Pattern.compile("^\\| ([a-z0-9]+) \\| demo-\\1 \\| `([A-Z2-7]{32})` \\|",
            Pattern.MULTILINE);
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();
    private static volatile Map<String, TotpSecret> demo;

    private SecondFactors() {
    }

    /** The published secret of a demo account, if it is one. */
    public static Optional<TotpSecret> demoSecret(String username) {
        if (demo == null) {
            Map<String, TotpSecret> m = new HashMap<>();
            try {
                Matcher rows = ROW.matcher(Files.readString(Path.of("README.md")));
                while (rows.find()) {
                    m.put(rows.group(1), TotpSecret.base32(rows.group(2)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            demo = m;
        }
        return Optional.ofNullable(demo.get(username));
    }

    /**
     * A code of a step not used before in this run. The server accepts one step either side of now (for clocks
     * that drift), so when this step was used the next one's code is taken at once; only when that was used too
     * does it wait for the clock.
     */
    public static String freshCode(TotpSecret secret) {
        return freshCode(secret, Duration.ZERO);
    }

    /** {@link #freshCode(TotpSecret)} for a server whose clock runs {@code shift} off (README, CQD_CLOCK_TODAY). */
    public static synchronized String freshCode(TotpSecret secret, Duration shift) {
        String key = secret.base32() + " " + shift;
        long step = Totp.step(Instant.now().plus(shift));
        Long last = LAST_STEP.get(key);
        while (last != null && step <= last) {
            if (last == step) {
                step = last + 1;
                break;
            }
            sleepToNextStep();
            step = Totp.step(Instant.now().plus(shift));
        }
        LAST_STEP.put(key, step);
        return Totp.code(secret, step);
    }

    private static long msLeftInStep() {
        return Totp.STEP.toMillis() - System.currentTimeMillis() % Totp.STEP.toMillis();
    }

    private static void sleepToNextStep() {
        long ms = msLeftInStep() + 50;
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
