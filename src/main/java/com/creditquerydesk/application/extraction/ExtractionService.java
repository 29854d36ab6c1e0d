package com.creditquerydesk.application.extraction;

import com.creditquerydesk.domain.model.extraction.ExtractionRepository.LetterReading;
import com.creditquerydesk.domain.model.extraction.LetterWithAttachments;
import com.creditquerydesk.domain.model.letter.StoredFile;
import java.util.ArrayList;
import java.util.List;
import com.creditquerydesk.application.Actor;
import com.creditquerydesk.application.DatabaseReady;
import com.creditquerydesk.application.intake.IntakeService.FileAdded;
import com.creditquerydesk.application.intake.IntakeService.LetterRegistered;
import com.creditquerydesk.domain.model.extraction.LetterFileReader;
import com.creditquerydesk.domain.model.letter.IncomingLetter;
import com.creditquerydesk.domain.model.letter.IncomingLetterRepository;
import com.creditquerydesk.domain.model.letter.LetterStatus;
import com.creditquerydesk.domain.shared.BlobStore;
import com.creditquerydesk.domain.shared.DomainException;
import com.creditquerydesk.domain.shared.InfrastructureException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads every registered letter in the background: RECEIVED → EXTRACTING → EXTRACTED, or FAILED with a
 * reason (a clerk then enters the data by hand). The letter's status is the job's persistent state, so
 * letters left RECEIVED or EXTRACTING by a stop or crash are picked up again at start-up.
 */
@ApplicationScoped
public class ExtractionService {

    private static final Logger LOG = Logger.getLogger(ExtractionService.class.getName());

    @Inject
    ExtractionJobs jobs;

    @Inject
    ExtractionSteps steps;

    @Inject
    IncomingLetterRepository letters;

    @Inject
    BlobStore store;

    @Inject
    LetterFileReader reader;

    void onRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) LetterRegistered registered) {
        jobs.submit(registered.letterId(), this::extract);
    }

    /** A file added before confirmation: the letter is read again from all its files (docs/rules.md#R61). */
    void onFileAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) FileAdded added) {
        jobs.submit(added.letterId(), this::extract);
    }

    void onStart(@Observes DatabaseReady ready) {
        for (LetterStatus s : new LetterStatus[]{LetterStatus.EXTRACTING, LetterStatus.RECEIVED}) {
            letters.search(new IncomingLetterRepository.LetterFilter(s, null, null, null, false, null), 0, 10_000)
                    .forEach(l -> jobs.submit(l.id(), this::extract));
        }
    }

    /** Reads a FAILED letter again; the job starts once the retry is committed. */
    public IncomingLetter retry(Actor actor, String letterId) {
        IncomingLetter letter = steps.retry(actor, letterId);
        jobs.submit(letterId, this::extract);
        return letter;
    }

    void extract(String letterId) {
        IncomingLetter letter = steps.begin(letterId);
        if (letter == null) {
            return;
        }
        try {
            byte[] content = store.get(letter.original().sha256());
            var reading = reader.read(content, letter.original().mediaType(), done -> steps.progress(letterId, done));
            // The attachments after the letter, progress counted on (docs/rules.md#R38).
            List<LetterReading> attachments = new ArrayList<>();
            int before = letter.original().pages();
            for (StoredFile a : letter.attachments()) {
                int offset = before;
                attachments.add(reader.read(store.get(a.sha256()), a.mediaType(),
                        done -> steps.progress(letterId, offset + done)));
                before += a.pages();
            }
            steps.finish(letterId, LetterWithAttachments.merge(reading, attachments));
        } catch (DomainException e) {
            steps.fail(letterId, e.messageZh(), e.messageEn());
        } catch (InfrastructureException e) {
            LOG.log(Level.SEVERE, "reading letter " + letterId + " failed: " + e.code(), e);
            steps.fail(letterId, e.messageZh(), e.messageEn());
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.log(Level.SEVERE, "reading letter " + letterId + " failed", e);
            steps.fail(letterId, "自动识别出错（" + e.getClass().getSimpleName() + "）",
                    "automatic reading failed (" + e.getClass().getSimpleName() + ")");
        }
    }
}
