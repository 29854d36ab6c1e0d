package com.creditquerydesk.domain.model.screening;

import com.creditquerydesk.domain.model.register.RegisterRecord;

import java.time.LocalDate;

/** The register record a hit rests on, as it stood when the screening ran (public register data). */
public record HitRecord(String name, String idNumber, String court, String province, String caseNumber,
                        String basisNumber, String duty, String performance, String dishonestConduct,
                        LocalDate filedOn, LocalDate publishedOn, int registerVersion) {

    public static HitRecord of(RegisterRecord r, int addedInVersion) {
        return new HitRecord(r.name(), r.idNumber().value(), r.court(), r.province(), r.caseNumber(), r.basisNumber(),
                r.duty(), r.performance(), r.dishonestConduct(), r.filedOn(), r.publishedOn(), addedInVersion);
    }

    /** The same record showing the ID in another form (a possible hit shows the masked one only). */
    HitRecord withIdNumber(String shown) {
        return new HitRecord(name, shown, court, province, caseNumber, basisNumber, duty, performance, dishonestConduct,
                filedOn, publishedOn, registerVersion);
    }
}
