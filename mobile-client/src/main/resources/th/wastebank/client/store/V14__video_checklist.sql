-- Step 4's checklist (issue 15 part 3, ADR 0022): who presents the video (a VideoPresenter code and
-- the name given) and the logos ticked (a JSON array of VideoLogo codes). NULL video_logos means the
-- checklist was not stated (a step recorded before it, or pulled from an older phone's op).
ALTER TABLE milestone ADD COLUMN video_presenter TEXT;
ALTER TABLE milestone ADD COLUMN video_presenter_name TEXT;
ALTER TABLE milestone ADD COLUMN video_logos TEXT;
