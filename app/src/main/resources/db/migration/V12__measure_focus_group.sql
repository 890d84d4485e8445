-- The group a measure is about (e.g. Black or Black British residents), per dimension as "column=code;…":
-- the dashboard's summary, gap charts and widening flag lead with it. Empty when none is chosen.
alter table measure add column focus_groups varchar(1000) default '' not null;
