-- Events are immutable facts: refuse any UPDATE, DELETE or TRUNCATE of them,
-- whoever asks. (The code has no such path; this guards against mistakes and
-- ad-hoc SQL.) Custom migration: drizzle-kit does not model triggers.
CREATE FUNCTION "memviz_refuse_event_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are immutable: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END
$$;
--> statement-breakpoint
CREATE TRIGGER "events_immutable" BEFORE UPDATE OR DELETE ON "events" FOR EACH ROW EXECUTE FUNCTION "memviz_refuse_event_change"();
--> statement-breakpoint
CREATE TRIGGER "events_no_truncate" BEFORE TRUNCATE ON "events" FOR EACH STATEMENT EXECUTE FUNCTION "memviz_refuse_event_change"();
