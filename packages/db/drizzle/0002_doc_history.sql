CREATE TABLE "doc_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"doc_id" text NOT NULL,
	"update" "bytea" NOT NULL,
	"at" bigint NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "doc_history_doc_idx" ON "doc_history" USING btree ("doc_id","id");--> statement-breakpoint
-- The editor's history is what replay and export read: like events, it is
-- never changed or removed (the same function as migration 0001 refuses it).
CREATE TRIGGER "doc_history_immutable" BEFORE UPDATE OR DELETE ON "doc_history" FOR EACH ROW EXECUTE FUNCTION "memviz_refuse_event_change"();
--> statement-breakpoint
CREATE TRIGGER "doc_history_no_truncate" BEFORE TRUNCATE ON "doc_history" FOR EACH STATEMENT EXECUTE FUNCTION "memviz_refuse_event_change"();
