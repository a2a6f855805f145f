-- Site search (lib/data/search.ts, docs/decisions/016-search-documents.md) reads one search document per
-- translation instead of every translation table's columns: the lower-cased title and other searched
-- fields, and the index keys of their characters and adjacent character pairs. A key is a 3-character
-- prefix — the content type's letter and the locale (Nzh: Chinese news) — and a gram, so one GIN index
-- finds, for one type and language, the documents holding every pair of a term. Only a translation that
-- search shows has keys: published, its item published, and for a policy article its policy and the
-- policy's translation in that language, for a question its asker's consent (the rule of
-- lib/data/search.ts's sources). Triggers keep the documents equal to the live text and that rule whoever
-- writes; the per-column trigram indexes they replace are dropped.

-- DropIndex
DROP INDEX "KeyFigureTranslation_label_idx";
DROP INDEX "LayoutElementTranslation_description_idx";
DROP INDEX "LayoutElementTranslation_name_idx";
DROP INDEX "NewsTranslation_body_idx";
DROP INDEX "NewsTranslation_summary_idx";
DROP INDEX "NewsTranslation_title_idx";
DROP INDEX "PolicyArticleTranslation_body_idx";
DROP INDEX "PolicyArticleTranslation_heading_idx";
DROP INDEX "PolicyTranslation_summary_idx";
DROP INDEX "PolicyTranslation_title_idx";
DROP INDEX "QuestionTranslation_answer_idx";
DROP INDEX "QuestionTranslation_question_idx";
DROP INDEX "ZoneTranslation_body_idx";
DROP INDEX "ZoneTranslation_name_idx";
DROP INDEX "ZoneTranslation_summary_idx";

-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "grams" TEXT[],
    "titleGrams" TEXT[],

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex. Without a pending list (fastupdate = off): every search would otherwise read the list of
-- entries not yet merged linearly (up to 4 MB after a bulk import, 10–100 ms per lookup) until a vacuum;
-- content is written rarely and searched often.
CREATE INDEX "SearchDocument_grams_idx" ON "SearchDocument" USING GIN ("grams") WITH (fastupdate = off);

-- CreateIndex
CREATE INDEX "SearchDocument_titleGrams_idx" ON "SearchDocument" USING GIN ("titleGrams") WITH (fastupdate = off);

-- Every character and every pair of adjacent characters of a (lower-cased) text, whitespace excluded: a
-- term of one or two characters occurs in the text exactly when it is one of these, a longer one only if
-- all its pairs are. Whitespace is the characters JavaScript's \s names (lib/data/search.ts gramKeys splits
-- the query on them), so a pair of the query is never split here.
CREATE FUNCTION search_grams(doc text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT v.g), '{}'::text[])
  FROM (
    SELECT c, lead(c) OVER (ORDER BY n) AS next
    FROM unnest(regexp_split_to_array(
      regexp_replace(doc, '[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+', E'\n', 'g'), ''))
      WITH ORDINALITY AS u(c, n)
  ) s
  CROSS JOIN LATERAL (VALUES (s.c), (s.c || s.next)) AS v(g)
  WHERE v.g IS NOT NULL AND strpos(v.g, E'\n') = 0
$$;

-- Writes (or removes) the search document of one translation: `src` is its table, `tid` its id. The
-- visibility below is the rule of lib/data/search.ts's sources; keep the two the same.
CREATE FUNCTION search_document_write(src text, tid text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  r record;
  prefix text;
BEGIN
  CASE src
  WHEN 'ZoneTranslation' THEN
    SELECT 'Z' AS code, t.locale::text AS locale, t."name" AS title, t."summary" || E'\n' || t."body" AS body,
      t.status = 'published' AND i.status = 'published' AS shown
    INTO r FROM "ZoneTranslation" t JOIN "Zone" i ON i.id = t."zoneId" WHERE t.id = tid;
  WHEN 'PolicyTranslation' THEN
    SELECT 'P' AS code, t.locale::text AS locale, t."title" AS title, t."summary" AS body,
      t.status = 'published' AND i.status = 'published' AS shown
    INTO r FROM "PolicyTranslation" t JOIN "Policy" i ON i.id = t."policyId" WHERE t.id = tid;
  WHEN 'PolicyArticleTranslation' THEN
    SELECT 'A' AS code, t.locale::text AS locale, t."heading" AS title, t."body" AS body,
      t.status = 'published' AND i.status = 'published' AND coalesce(pt.status = 'published', false) AS shown
    INTO r FROM "PolicyArticleTranslation" t
      JOIN "PolicyArticle" a ON a.id = t."articleId"
      JOIN "Policy" i ON i.id = a."policyId"
      LEFT JOIN "PolicyTranslation" pt ON pt."policyId" = i.id AND pt.locale = t.locale
    WHERE t.id = tid;
  WHEN 'NewsTranslation' THEN
    SELECT 'N' AS code, t.locale::text AS locale, t."title" AS title, t."summary" || E'\n' || t."body" AS body,
      t.status = 'published' AND i.status = 'published' AS shown
    INTO r FROM "NewsTranslation" t JOIN "NewsArticle" i ON i.id = t."articleId" WHERE t.id = tid;
  WHEN 'LayoutElementTranslation' THEN
    SELECT 'L' AS code, t.locale::text AS locale, t."name" AS title, t."description" AS body,
      t.status = 'published' AND i.status = 'published' AS shown
    INTO r FROM "LayoutElementTranslation" t JOIN "LayoutElement" i ON i.id = t."elementId" WHERE t.id = tid;
  WHEN 'GlossaryTermTranslation' THEN
    -- The glossary shows every language of a published term.
    SELECT 'G' AS code, t.locale::text AS locale, t."term" AS title, t."definition" AS body,
      i.status = 'published' AS shown
    INTO r FROM "GlossaryTermTranslation" t JOIN "GlossaryTerm" i ON i.id = t."termId" WHERE t.id = tid;
  WHEN 'KeyFigureTranslation' THEN
    SELECT 'F' AS code, t.locale::text AS locale, t."label" AS title, '' AS body,
      t.status = 'published' AND i.status = 'published' AS shown
    INTO r FROM "KeyFigureTranslation" t JOIN "KeyFigure" i ON i.id = t."figureId" WHERE t.id = tid;
  WHEN 'QuestionTranslation' THEN
    -- A public Q&A: published, and its asker's consent stands (lib/data/questions.ts).
    SELECT 'Q' AS code, t.locale::text AS locale, t."question" AS title, t."answer" AS body,
      t.status = 'published' AND i.status = 'published' AND coalesce(q."allowPublication", false) AS shown
    INTO r FROM "QuestionTranslation" t
      JOIN "Question" i ON i.id = t."questionId"
      LEFT JOIN "Inquiry" q ON q.id = i."inquiryId"
    WHERE t.id = tid;
  ELSE
    RAISE EXCEPTION 'search_document_write: unknown source %', src;
  END CASE;
  IF NOT FOUND THEN
    DELETE FROM "SearchDocument" WHERE id = tid;
    RETURN;
  END IF;
  prefix := r.code || r.locale;
  INSERT INTO "SearchDocument" (id, source, title, body, grams, "titleGrams")
  SELECT tid, src, d.title, d.body,
    CASE WHEN r.shown THEN ARRAY(SELECT prefix || g FROM unnest(search_grams(d.title || E'\n' || d.body)) g) ELSE '{}' END,
    CASE WHEN r.shown THEN ARRAY(SELECT prefix || g FROM unnest(search_grams(d.title)) g) ELSE '{}' END
  FROM (SELECT lower(coalesce(r.title, '')) AS title, lower(coalesce(r.body, '')) AS body) d
  ON CONFLICT (id) DO UPDATE
    SET source = EXCLUDED.source, title = EXCLUDED.title, body = EXCLUDED.body, grams = EXCLUDED.grams,
      "titleGrams" = EXCLUDED."titleGrams";
END
$$;

-- Row trigger of every searchable translation table: rewrites the row's document on insert and on a change
-- of a searched column or the status, removes it on delete. A policy translation also decides whether that
-- language's articles are shown.
CREATE FUNCTION search_document_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "SearchDocument" WHERE id = OLD.id;
  ELSE
    PERFORM search_document_write(TG_TABLE_NAME, NEW.id);
  END IF;
  IF TG_TABLE_NAME = 'PolicyTranslation' THEN
    PERFORM search_document_write('PolicyArticleTranslation', at.id)
    FROM "PolicyArticleTranslation" at JOIN "PolicyArticle" a ON a.id = at."articleId"
    WHERE a."policyId" = coalesce(NEW."policyId", OLD."policyId") AND at.locale = coalesce(NEW.locale, OLD.locale);
  END IF;
  RETURN NULL;
END
$$;

-- Row trigger of a table whose row decides whether translations are shown (an item's status, a question's
-- inquiry, an inquiry's consent): rewrites the documents of the translations it governs. Arguments: pairs
-- of (translation table, SQL selecting its ids from the changed row's id, $1).
CREATE FUNCTION search_document_sync_governed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  i int := 0;
  tid text;
BEGIN
  WHILE i < TG_NARGS LOOP
    FOR tid IN EXECUTE TG_ARGV[i + 1] USING NEW.id LOOP
      PERFORM search_document_write(TG_ARGV[i], tid);
    END LOOP;
    i := i + 2;
  END LOOP;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ZoneTranslation_search" AFTER INSERT OR UPDATE OF "status", "name", "summary", "body" OR DELETE
  ON "ZoneTranslation" FOR EACH ROW EXECUTE FUNCTION search_document_sync();
CREATE TRIGGER "PolicyTranslation_search" AFTER INSERT OR UPDATE OF "status", "title", "summary" OR DELETE
  ON "PolicyTranslation" FOR EACH ROW EXECUTE FUNCTION search_document_sync();
CREATE TRIGGER "PolicyArticleTranslation_search" AFTER INSERT OR UPDATE OF "status", "heading", "body" OR DELETE
  ON "PolicyArticleTranslation" FOR EACH ROW EXECUTE FUNCTION search_document_sync();
CREATE TRIGGER "NewsTranslation_search" AFTER INSERT OR UPDATE OF "status", "title", "summary", "body" OR DELETE
  ON "NewsTranslation" FOR EACH ROW EXECUTE FUNCTION search_document_sync();
CREATE TRIGGER "LayoutElementTranslation_search" AFTER INSERT OR UPDATE OF "status", "name", "description" OR DELETE
  ON "LayoutElementTranslation" FOR EACH ROW EXECUTE FUNCTION search_document_sync();
CREATE TRIGGER "GlossaryTermTranslation_search" AFTER INSERT OR UPDATE OF "term", "definition" OR DELETE
  ON "GlossaryTermTranslation" FOR EACH ROW EXECUTE FUNCTION search_document_sync();
CREATE TRIGGER "KeyFigureTranslation_search" AFTER INSERT OR UPDATE OF "status", "label" OR DELETE
  ON "KeyFigureTranslation" FOR EACH ROW EXECUTE FUNCTION search_document_sync();
CREATE TRIGGER "QuestionTranslation_search" AFTER INSERT OR UPDATE OF "status", "question", "answer" OR DELETE
  ON "QuestionTranslation" FOR EACH ROW EXECUTE FUNCTION search_document_sync();

CREATE TRIGGER "Zone_search" AFTER UPDATE OF "status" ON "Zone" FOR EACH ROW
  EXECUTE FUNCTION search_document_sync_governed('ZoneTranslation', 'SELECT id FROM "ZoneTranslation" WHERE "zoneId" = $1');
CREATE TRIGGER "Policy_search" AFTER UPDATE OF "status" ON "Policy" FOR EACH ROW
  EXECUTE FUNCTION search_document_sync_governed(
    'PolicyTranslation', 'SELECT id FROM "PolicyTranslation" WHERE "policyId" = $1',
    'PolicyArticleTranslation', 'SELECT t.id FROM "PolicyArticleTranslation" t JOIN "PolicyArticle" a ON a.id = t."articleId" WHERE a."policyId" = $1');
CREATE TRIGGER "PolicyArticle_search" AFTER UPDATE OF "policyId" ON "PolicyArticle" FOR EACH ROW
  EXECUTE FUNCTION search_document_sync_governed('PolicyArticleTranslation', 'SELECT id FROM "PolicyArticleTranslation" WHERE "articleId" = $1');
CREATE TRIGGER "NewsArticle_search" AFTER UPDATE OF "status" ON "NewsArticle" FOR EACH ROW
  EXECUTE FUNCTION search_document_sync_governed('NewsTranslation', 'SELECT id FROM "NewsTranslation" WHERE "articleId" = $1');
CREATE TRIGGER "LayoutElement_search" AFTER UPDATE OF "status" ON "LayoutElement" FOR EACH ROW
  EXECUTE FUNCTION search_document_sync_governed('LayoutElementTranslation', 'SELECT id FROM "LayoutElementTranslation" WHERE "elementId" = $1');
CREATE TRIGGER "GlossaryTerm_search" AFTER UPDATE OF "status" ON "GlossaryTerm" FOR EACH ROW
  EXECUTE FUNCTION search_document_sync_governed('GlossaryTermTranslation', 'SELECT id FROM "GlossaryTermTranslation" WHERE "termId" = $1');
CREATE TRIGGER "KeyFigure_search" AFTER UPDATE OF "status" ON "KeyFigure" FOR EACH ROW
  EXECUTE FUNCTION search_document_sync_governed('KeyFigureTranslation', 'SELECT id FROM "KeyFigureTranslation" WHERE "figureId" = $1');
-- A question's inquiry is set to NULL when the inquiry is deleted (ON DELETE SET NULL): an update here too.
CREATE TRIGGER "Question_search" AFTER UPDATE OF "status", "inquiryId" ON "Question" FOR EACH ROW
  EXECUTE FUNCTION search_document_sync_governed('QuestionTranslation', 'SELECT id FROM "QuestionTranslation" WHERE "questionId" = $1');
CREATE TRIGGER "Inquiry_search" AFTER UPDATE OF "allowPublication" ON "Inquiry" FOR EACH ROW
  EXECUTE FUNCTION search_document_sync_governed(
    'QuestionTranslation', 'SELECT t.id FROM "QuestionTranslation" t JOIN "Question" i ON i.id = t."questionId" WHERE i."inquiryId" = $1');
-- A question made from an inquiry already consenting, or linked later: covered by the Question trigger on
-- "inquiryId"; a question is created before its translations, whose insert writes their documents.

-- The documents of what is already there.
SELECT search_document_write('ZoneTranslation', id) FROM "ZoneTranslation";
SELECT search_document_write('PolicyTranslation', id) FROM "PolicyTranslation";
SELECT search_document_write('PolicyArticleTranslation', id) FROM "PolicyArticleTranslation";
SELECT search_document_write('NewsTranslation', id) FROM "NewsTranslation";
SELECT search_document_write('LayoutElementTranslation', id) FROM "LayoutElementTranslation";
SELECT search_document_write('GlossaryTermTranslation', id) FROM "GlossaryTermTranslation";
SELECT search_document_write('KeyFigureTranslation', id) FROM "KeyFigureTranslation";
SELECT search_document_write('QuestionTranslation', id) FROM "QuestionTranslation";
