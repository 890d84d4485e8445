-- When a comment's author last edited it (null when never edited), so the comment shows "edited".
alter table project_comment add column edited_at timestamp;
