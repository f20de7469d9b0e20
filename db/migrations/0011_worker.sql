CREATE TABLE "sent_notices" (
	"key" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"agency_id" uuid,
	"application_id" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "applications_agency_status_idx";--> statement-breakpoint
ALTER TABLE "sent_notices" ADD CONSTRAINT "sent_notices_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sent_notices" ADD CONSTRAINT "sent_notices_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_events_application_type_idx" ON "application_events" USING btree ("application_id","type");--> statement-breakpoint
CREATE INDEX "application_events_type_occurred_idx" ON "application_events" USING btree ("type","occurred_on");--> statement-breakpoint
CREATE INDEX "applications_agency_submitted_idx" ON "applications" USING btree ("agency_id","submitted_at");--> statement-breakpoint
CREATE INDEX "applications_status_due_idx" ON "applications" USING btree ("status","reply_due_on");--> statement-breakpoint
CREATE INDEX "applications_agency_status_idx" ON "applications" USING btree ("agency_id","status","channel","applicant_type");