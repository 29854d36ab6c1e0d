package com.creditquerydesk.domain.model.applicants;

/** Where an uploaded applicant list stands: being read and screened, screened, or failed as a whole. */
public enum ApplicantListStatus { SCREENING, DONE, FAILED }
