package com.creditquerydesk.domain.model.screening;

import java.util.Optional;

public interface ScreeningRepository {

    Optional<Screening> find(String letterId);

    void store(Screening screening);
}
