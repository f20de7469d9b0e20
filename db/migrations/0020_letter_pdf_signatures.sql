CREATE TABLE "signing_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"certificate_pem" text NOT NULL,
	"private_key_encrypted" text NOT NULL,
	"fingerprint" text NOT NULL,
	"self_signed" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signing_certificates_fingerprint_unique" UNIQUE("fingerprint")
);
--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "seal_storage_key" text;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "pdf_storage_key" text;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "pdf_sha256" text;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "pdf_size" integer;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "signing_certificate_id" uuid;--> statement-breakpoint
ALTER TABLE "signing_certificates" ADD CONSTRAINT "signing_certificates_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signing_certificates_agency_idx" ON "signing_certificates" USING btree ("agency_id","created_at");--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_signing_certificate_id_signing_certificates_id_fk" FOREIGN KEY ("signing_certificate_id") REFERENCES "public"."signing_certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "letters_number_idx" ON "letters" USING btree ("number");