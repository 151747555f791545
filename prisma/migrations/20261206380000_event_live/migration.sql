-- Live events: every API instance's reader of "Event" listens on channel event_recorded. A
-- statement that records events notifies it; PostgreSQL delivers the notification when the
-- transaction commits (never for one rolled back), one per transaction however many rows.
CREATE FUNCTION "event_recorded_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('event_recorded', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER "Event_recorded_notify" AFTER INSERT ON "Event" FOR EACH STATEMENT EXECUTE FUNCTION "event_recorded_notify"();
