/**
 * Lists the office sends or files (the 核查登记表, the 联络表, statistics) as titled tables of typed cells, and the
 * port that writes them as XLSX and PDF. The use cases fill the tables; the infrastructure lays them out.
 */
package com.creditquerydesk.application.export;
