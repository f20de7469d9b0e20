CREATE TABLE "inbox_saved_filters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "provisional_reply_due_on" date;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "assignee_id" uuid;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "search_tokens" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "inbox_saved_filters" ADD CONSTRAINT "inbox_saved_filters_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "inbox_saved_filters_user_name_idx" ON "inbox_saved_filters" USING btree ("user_id","name");--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applications_agency_phone_idx" ON "applications" USING btree ("agency_id","phone_normalized");--> statement-breakpoint
CREATE INDEX "applications_search_tokens_idx" ON "applications" USING gin ("search_tokens");--> statement-breakpoint
CREATE INDEX "applications_agency_assignee_idx" ON "applications" USING btree ("agency_id","assignee_id");--> statement-breakpoint
-- Hand-written: the assignee of the applications filed before this migration (the last 指定经办人, else the clerk who confirmed receipt).
UPDATE "applications" a SET "assignee_id" = (
	SELECT u.id FROM "application_events" e JOIN "users" u ON u.id::text = CASE WHEN e.type = 'assigned' THEN e.payload->>'assigneeId' ELSE e.actor_id::text END
	WHERE e.application_id = a.id AND e.type IN ('assigned', 'received')
	ORDER BY e.seq DESC LIMIT 1
);
--> statement-breakpoint
-- Hand-written: the confirming text of the applications filed before this migration (their bigram vector stays empty until their items change).
UPDATE "applications" a SET "search_text" = concat_ws(E'\n', a.applicant_name, (
	SELECT string_agg(concat_ws(E'\n', r.title, r.doc_number, r.index_number, r.description), E'\n' ORDER BY r.position) FROM "request_items" r WHERE r.application_id = a.id
));
