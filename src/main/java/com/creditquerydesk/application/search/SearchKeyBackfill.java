package com.creditquerydesk.application.search;

import com.creditquerydesk.application.DatabaseReady;
import com.creditquerydesk.domain.model.extraction.ExtractionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.logging.Logger;

/**
 * At start-up, the readings stored before letters could be searched by a candidate's ID or name get their search keys
 * (docs/rules.md#R92): each in a transaction of its own under its row's lock, so a server that stops half-way leaves
 * the rest for its next start, and two servers starting together key each reading once. Once every reading is keyed
 * this finds nothing to do; readings stored since are keyed as they are stored.
 */
@ApplicationScoped
public class SearchKeyBackfill {

    private static final Logger LOG = Logger.getLogger(SearchKeyBackfill.class.getName());

    @Inject
    ExtractionRepository extractions;

    @Inject
    SearchKeyBackfill self;

    void onReady(@Observes DatabaseReady ready) {
        int keyed = 0;
        for (String letterId : self.unkeyed()) {
            try {
                if (self.key(letterId)) {
                    keyed++;
                }
            } catch (RuntimeException e) {
                // A reading that cannot be opened (another key?) is reported and left for the next start.
                LOG.severe(() -> "no search keys for the reading of letter " + letterId + ": " + e);
            }
        }
        if (keyed > 0) {
            int n = keyed;
            LOG.info(() -> "search keys written for " + n + " letter reading(s) stored before them");
        }
    }

    @Transactional
    public List<String> unkeyed() {
        return extractions.unkeyedForSearch();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean key(String letterId) {
        return extractions.keyForSearch(letterId);
    }
}
