/**
 * 抽查抽检 (docs/rules.md#R78): a recorded random draw of signed replies, each re-screened as of its original screening
 * and against today's register, its signed file checked, and the checker's verdict.
 */
package com.creditquerydesk.domain.model.spotcheck;
