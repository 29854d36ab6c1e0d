/**
 * The 核查登记表 (信用信息核查应用情况登记表): one row per candidate checked, with its personal data masked, the
 * requesting unit's 应用措施 as reported back, and the date by which the row is filed (docs/rules.md#R77).
 */
package com.creditquerydesk.domain.model.ledger;
