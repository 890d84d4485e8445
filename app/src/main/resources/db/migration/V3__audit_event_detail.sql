-- What changed, in codes only (e.g. "ANALYST → MEMBER"): never names, emails or text typed by users.
alter table audit_event add column detail varchar(200);
