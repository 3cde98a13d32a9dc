-- Video links are kept as typed (the apps' share links, with their query), not in a normal form:
-- room for the longest link a milestone.record payload may carry (Limits.MAX_URL_LENGTH).
ALTER TABLE milestone MODIFY video_url VARCHAR(500) NULL;
ALTER TABLE org_progress MODIFY video_url VARCHAR(500) NULL;
