-- The district best-practice video's due date, per province (issue 15 part 3, ADR 0022): set by the
-- province officer on the province's best-practice-districts page (each change audited as
-- BEST_PRACTICE_DUE_SET). Uttaradit (53) is seeded from its letter: "วันศุกร์ที่ ๑๔ กุมภาพันธ์ ๒๕๖๘".
-- A province without a row has set no due date. The video's checklist itself is kept with the
-- form's written answers (best_practice_report.part2, keys 3.*).
CREATE TABLE best_practice_due (
    province_code CHAR(2)      NOT NULL,
    due_on        DATE         NOT NULL,
    set_by        VARCHAR(100) NOT NULL,
    set_at        DATETIME(3)  NOT NULL,
    PRIMARY KEY (province_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO best_practice_due (province_code, due_on, set_by, set_at)
VALUES ('53', '2025-02-14', 'หนังสือจังหวัดอุตรดิตถ์', '2025-01-01 00:00:00.000');
