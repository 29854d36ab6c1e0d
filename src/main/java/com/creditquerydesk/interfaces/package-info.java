/**
 * How people reach the use cases: the JAX-RS API under /api (resources, the log-in filter, the bilingual JSON
 * errors) and the public verification page. Translates HTTP to calls of the application and nothing more.
 */
package com.creditquerydesk.interfaces;
