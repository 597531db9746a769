-- One round trip per append: claiming the commands' idempotency keys, checking
-- the stream's version and inserting its events happen inside one function
-- call, so an append costs one statement instead of a transaction of four or
-- five (BEGIN, claims, version check, insert, COMMIT), each a wait on the
-- network. Custom migration: drizzle-kit does not model functions.
--
-- p_claims: [{"commandId", "firstVersion", "lastVersion"}, ...]
-- p_events: [{"type", "data", "commandId"}, ...], versions p_expected + 1, + 2, ...
-- Refusals, each rolling back the whole call:
--   MVDUP  a command id was handled before (DETAIL: the ids, one per line)
--   MVVER  the stream is not at p_expected (DETAIL: its version)
-- Two writers racing past the check still collide on events' primary key.
CREATE FUNCTION "memviz_append"(p_stream text, p_expected integer, p_claims jsonb, p_events jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_claimed text[];
  v_missing text[];
  v_current integer;
BEGIN
  IF jsonb_array_length(p_claims) > 0 THEN
    WITH claimed AS (
      INSERT INTO "processed_commands" ("stream_id", "command_id", "first_version", "last_version")
      SELECT p_stream, c->>'commandId', (c->>'firstVersion')::integer, (c->>'lastVersion')::integer
      FROM jsonb_array_elements(p_claims) AS c
      ON CONFLICT DO NOTHING
      RETURNING "command_id"
    )
    SELECT coalesce(array_agg("command_id"), '{}') INTO v_claimed FROM claimed;
    SELECT coalesce(array_agg(c->>'commandId'), '{}') INTO v_missing
    FROM jsonb_array_elements(p_claims) AS c
    WHERE NOT (c->>'commandId' = ANY (v_claimed));
    IF cardinality(v_missing) > 0 THEN
      RAISE EXCEPTION 'stream % already has command(s) %', p_stream, array_to_string(v_missing, ', ')
        USING ERRCODE = 'MVDUP', DETAIL = array_to_string(v_missing, E'\n');
    END IF;
  END IF;
  IF jsonb_array_length(p_events) > 0 THEN
    SELECT coalesce(max("version"), 0) INTO v_current FROM "events" WHERE "stream_id" = p_stream;
    IF v_current <> p_expected THEN
      RAISE EXCEPTION 'stream % is not at version % (it is at %)', p_stream, p_expected, v_current
        USING ERRCODE = 'MVVER', DETAIL = v_current::text;
    END IF;
    INSERT INTO "events" ("stream_id", "version", "type", "data", "command_id")
    SELECT p_stream, p_expected + e.ord::integer, e.value->>'type', e.value->'data', e.value->>'commandId'
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS e(value, ord);
  END IF;
END
$$;
