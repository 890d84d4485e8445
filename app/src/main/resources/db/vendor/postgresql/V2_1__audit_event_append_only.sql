-- PostgreSQL only: the database itself refuses to change or delete audit events.
-- (H2, the single-user embedded default, relies on the application never issuing such statements.)
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();
