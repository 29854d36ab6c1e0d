package com.creditquerydesk.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One clock for the whole application. {@code CQD_CLOCK_TODAY} (tests and training only) moves it by whole days so
 * that today is that date in the centre's zone: the time of day stays true, so authenticator codes still work on a
 * day-shifted device, and a test can walk a letter through a holiday (README, Configuration).
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    @Inject
    @ConfigProperty(name = "cqd.clock.today")
    Optional<String> today;

    @Inject
    AppConfig config;

    @Produces
    @ApplicationScoped
    Clock clock() {
        Clock system = Clock.systemUTC();
        if (today.isEmpty() || today.get().isBlank()) {
            return system;
        }
        long days = shiftInDays(today.get().strip(), system, config.zone());
        LOG.warning("CQD_CLOCK_TODAY: the server's clock runs " + days + " days from the true date (tests and training only)");
        return Clock.offset(system, Duration.ofDays(days));
    }

    /** Whole days from the true local date in {@code zone} to {@code date}. */
    static long shiftInDays(String date, Clock system, ZoneId zone) {
        try {
            return ChronoUnit.DAYS.between(LocalDate.now(system.withZone(zone)), LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("CQD_CLOCK_TODAY must be a date (YYYY-MM-DD), not " + date, e);
        }
    }
}
