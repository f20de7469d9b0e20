ALTER TABLE "applications" ADD COLUMN "finished_on" date;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "report_row" text;--> statement-breakpoint
CREATE INDEX "applications_agency_received_idx" ON "applications" USING btree ("agency_id","received_on");--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_finished_has_row" CHECK (("applications"."finished_on" is null) = ("applications"."report_row" is null));