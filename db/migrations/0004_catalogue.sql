CREATE TYPE "public"."doc_type" AS ENUM('regulation', 'normative', 'other_document', 'interpretation', 'work_report', 'plan', 'fiscal', 'notice', 'other');--> statement-breakpoint
CREATE TYPE "public"."document_status" AS ENUM('draft', 'published', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."document_validity" AS ENUM('valid', 'expired', 'repealed');--> statement-breakpoint
CREATE TABLE "categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"parent_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime" text NOT NULL,
	"kind_label" text NOT NULL,
	"size" integer NOT NULL,
	"storage_key" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"uploaded_by" uuid,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_interpretations" (
	"policy_document_id" uuid NOT NULL,
	"interpretation_document_id" uuid NOT NULL,
	CONSTRAINT "document_interpretations_policy_document_id_interpretation_document_id_pk" PRIMARY KEY("policy_document_id","interpretation_document_id")
);
--> statement-breakpoint
CREATE TABLE "document_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"action" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"note" text,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"index_number" text NOT NULL,
	"title" text NOT NULL,
	"doc_type" "doc_type" NOT NULL,
	"doc_number" text,
	"signer" text,
	"issued_on" date NOT NULL,
	"changed_on" date,
	"publication_due_on" date,
	"published_at" timestamp with time zone,
	"version_published_at" timestamp with time zone,
	"published_late" boolean DEFAULT false NOT NULL,
	"validity" "document_validity" DEFAULT 'valid' NOT NULL,
	"expires_on" date,
	"repealed_on" date,
	"keywords" text DEFAULT '' NOT NULL,
	"summary" text NOT NULL,
	"body_html" text DEFAULT '' NOT NULL,
	"body_text" text DEFAULT '' NOT NULL,
	"search_tokens" "tsvector" NOT NULL,
	"status" "document_status" DEFAULT 'draft' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"source_reference" text,
	"withdrawn_at" timestamp with time zone,
	"withdraw_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_index_number_unique" UNIQUE("index_number"),
	CONSTRAINT "documents_published_has_date" CHECK ("documents"."status" = 'draft' or "documents"."published_at" is not null),
	CONSTRAINT "documents_expired_has_date" CHECK ("documents"."validity" <> 'expired' or "documents"."expires_on" is not null),
	CONSTRAINT "documents_repealed_has_date" CHECK ("documents"."validity" <> 'repealed' or "documents"."repealed_on" is not null)
);
--> statement-breakpoint
CREATE TABLE "index_number_serials" (
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_serial" integer NOT NULL,
	CONSTRAINT "index_number_serials_agency_id_year_pk" PRIMARY KEY("agency_id","year")
);
--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_attachments" ADD CONSTRAINT "document_attachments_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_attachments" ADD CONSTRAINT "document_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_interpretations" ADD CONSTRAINT "document_interpretations_policy_document_id_documents_id_fk" FOREIGN KEY ("policy_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_interpretations" ADD CONSTRAINT "document_interpretations_interpretation_document_id_documents_id_fk" FOREIGN KEY ("interpretation_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_revisions" ADD CONSTRAINT "document_revisions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_revisions" ADD CONSTRAINT "document_revisions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "index_number_serials" ADD CONSTRAINT "index_number_serials_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "categories_agency_code_key" ON "categories" USING btree ("agency_id","code");--> statement-breakpoint
CREATE INDEX "categories_parent_idx" ON "categories" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "document_attachments_document_idx" ON "document_attachments" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "document_interpretations_reverse_idx" ON "document_interpretations" USING btree ("interpretation_document_id");--> statement-breakpoint
CREATE INDEX "document_revisions_document_idx" ON "document_revisions" USING btree ("document_id","revision");--> statement-breakpoint
CREATE INDEX "documents_search_idx" ON "documents" USING gin ("search_tokens");--> statement-breakpoint
CREATE INDEX "documents_public_list_idx" ON "documents" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "documents_agency_status_idx" ON "documents" USING btree ("agency_id","status","published_at");--> statement-breakpoint
CREATE INDEX "documents_category_idx" ON "documents" USING btree ("category_id","status","published_at");--> statement-breakpoint
CREATE INDEX "documents_due_idx" ON "documents" USING btree ("agency_id","status","publication_due_on");