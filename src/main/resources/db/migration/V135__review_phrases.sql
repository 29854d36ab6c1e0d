-- Issue 17: 常用意见, the stock phrases a reviewer picks for the note of a hit's second review, kept in order by the
-- system administrator (docs/rules.md#R103). Runs unchanged on H2 2.5 and PostgreSQL 15.
CREATE TABLE review_phrase (
    position INTEGER      PRIMARY KEY,
    phrase   VARCHAR(200) NOT NULL UNIQUE
);

INSERT INTO review_phrase (position, phrase) VALUES
    (1, '姓名、身份证号码与名单记录一致，确认命中。'),
    (2, '经核对执行法院、案号及公布日期，确认为同一人。'),
    (3, '与来函页面比对，姓名系识别误差，确认为同一人。'),
    (4, '身份证号码一致但姓名不同，经核实非同一人。'),
    (5, '该记录已于查询前屏蔽或撤销，不作命中处理。'),
    (6, '与来函页面比对，姓名不一致，排除疑似命中。');
