/*
 * jsonld.c - article metadata from JSON-LD: the schema.org Article,
 * NewsArticle, BlogPosting... objects of a page, alone, in an array or in
 * an @graph, parsed with json-c.
 */
#include <json-c/json.h>
#include <string.h>

#include "strip.h"

static bool
is_article_type(struct json_object *t)
{
	static const char *const types[] = {
		"AnalysisNewsArticle", "Article", "BlogPosting",
		"LiveBlogPosting", "NewsArticle", "OpinionNewsArticle",
		"Report", "ReportageNews", "ScholarlyArticle", "TechArticle",
	};
	const char *s = json_object_get_string(t);

	if (!json_object_is_type(t, json_type_string))
		return false;
	for (size_t i = 0; i < sizeof(types) / sizeof(*types); i++)
		if (strcmp(s, types[i]) == 0)
			return true;
	return false;
}

static bool
is_article(struct json_object *o)
{
	struct json_object *t;

	if (!json_object_object_get_ex(o, "@type", &t))
		return false;
	if (!json_object_is_type(t, json_type_array))
		return is_article_type(t);
	for (size_t i = 0; i < json_object_array_length(t); i++)
		if (is_article_type(json_object_array_get_idx(t, i)))
			return true;
	return false;
}

/* A string, or the "name" (or "@id") of an object. */
static const char *
name_of(struct json_object *v, const char *field)
{
	struct json_object *n;

	if (json_object_is_type(v, json_type_string))
		return json_object_get_string(v);
	if (json_object_is_type(v, json_type_object) &&
	    json_object_object_get_ex(v, field, &n) &&
	    json_object_is_type(n, json_type_string))
		return json_object_get_string(n);
	return NULL;
}

static void
string_field(struct page *pg, struct json_object *o, const char *field,
    int key, int rank)
{
	struct json_object *v;

	if (json_object_object_get_ex(o, field, &v) &&
	    json_object_is_type(v, json_type_string))
		page_meta(pg, key, rank, json_object_get_string(v));
}

/* One author, or several joined with ", ". */
static void
authors(struct page *pg, struct json_object *o)
{
	struct json_object *a;
	struct ntx_buf names = { 0 };
	const char *n;

	if (!json_object_object_get_ex(o, "author", &a))
		return;
	if (json_object_is_type(a, json_type_array)) {
		for (size_t i = 0; i < json_object_array_length(a); i++) {
			if (!(n = name_of(json_object_array_get_idx(a, i), "name")))
				continue;
			if (names.len)
				ntx_buf_add(&names, ", ", 2);
			ntx_buf_add(&names, n, strlen(n));
		}
	} else if ((n = name_of(a, "name"))) {
		ntx_buf_add(&names, n, strlen(n));
	}
	ntx_buf_addc(&names, '\0');
	page_meta(pg, META_AUTHOR, 2, names.p);
	ntx_buf_free(&names);
}

static void
walk(struct page *pg, struct json_object *o, int depth)
{
	struct json_object *v;
	const char *s;

	if (depth > 8)
		return;
	if (json_object_is_type(o, json_type_array)) {
		for (size_t i = 0; i < json_object_array_length(o); i++)
			walk(pg, json_object_array_get_idx(o, i), depth + 1);
		return;
	}
	if (!json_object_is_type(o, json_type_object))
		return;
	if (json_object_object_get_ex(o, "@graph", &v))
		walk(pg, v, depth + 1);
	if (!is_article(o))
		return;
	string_field(pg, o, "headline", META_TITLE, 2);
	string_field(pg, o, "datePublished", META_PUBLISHED, 2);
	string_field(pg, o, "dateModified", META_MODIFIED, 2);
	string_field(pg, o, "description", META_DESCRIPTION, 3);
	string_field(pg, o, "inLanguage", META_LANG, 4);
	authors(pg, o);
	if (json_object_object_get_ex(o, "publisher", &v) &&
	    (s = name_of(v, "name")))
		page_meta(pg, META_SITE, 3, s);
	if (json_object_object_get_ex(o, "mainEntityOfPage", &v) &&
	    (s = name_of(v, "@id")))
		page_meta(pg, META_URL, 3, s);
	string_field(pg, o, "url", META_URL, 4);
}

void
jsonld_read(struct page *pg, const char *s, size_t n)
{
	struct json_tokener *tok = json_tokener_new_ex(32);
	struct json_object *o;

	if (!tok)
		return;
	o = json_tokener_parse_ex(tok, s, (int)n);
	if (o) {
		walk(pg, o, 0);
		json_object_put(o);
	}
	json_tokener_free(tok);
}
