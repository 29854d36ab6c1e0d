package com.creditquerydesk.infrastructure.sms;

import com.creditquerydesk.domain.model.user.MobileNumber;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Demo mode's stand-in for the phone: the last messages "sent", readable at GET /api/demo/sms-outbox so that a
 * newcomer and the tests can log in by SMS without an SMS platform (README). Never used outside demo mode.
 */
@ApplicationScoped
public class DemoSmsOutbox {

    static final int KEPT = 50;

    public record Message(String to, String username, String text, Instant sentAt) {
    }

    private final Deque<Message> messages = new ArrayDeque<>();

    public synchronized void send(MobileNumber to, String username, String text) {
        messages.addFirst(new Message(to.digits(), username, text, Instant.now()));
        while (messages.size() > KEPT) {
            messages.removeLast();
        }
    }

    /** The newest first. */
    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }
}
