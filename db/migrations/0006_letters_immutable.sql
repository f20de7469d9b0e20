-- 文书 are immutable once issued (letters.md): refuse every UPDATE and DELETE of an issued letter.
-- A correction is a new letter that refers to the old one.
CREATE OR REPLACE FUNCTION letters_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '已出具的文书不能修改或删除（%），如需更正请出具新的文书。', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER letters_immutable BEFORE UPDATE OR DELETE ON "letters"
  FOR EACH ROW EXECUTE FUNCTION letters_refuse_change();
