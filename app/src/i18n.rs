//! Translations: Fluent files in `app/locales/<code>.ftl`, one per language, found at build time.
//!
//! The server resolves the language of each request (query `?lang=`, then cookie, then
//! `Accept-Language`, then English) before rendering, so server HTML and any island agree.

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// Name of the cookie that remembers a chosen language (not personal data: a language code).
pub const LANG_COOKIE: &str = "reclamo_lang";

/// Writing direction of a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic).
    Rtl,
}

impl Dir {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// One language's catalogue of messages.
pub struct Catalog {
    /// BCP 47 code, e.g. `es`, `zh-Hans`.
    pub code: &'static str,
    /// The language's name in its own script, for the language switcher.
    pub native_name: String,
    /// Writing direction.
    pub dir: Dir,
    bundle: FluentBundle<FluentResource>,
    ids: Vec<String>,
}

/// A message could not be loaded: the locale files are broken (a build-time bug, not user input).
#[derive(Debug)]
pub struct CatalogError(pub String);

fn load(code: &'static str, source: &'static str) -> Result<Catalog, CatalogError> {
    let resource = FluentResource::try_new(source.to_owned())
        .map_err(|(_, errs)| CatalogError(format!("{code}.ftl: {errs:?}")))?;
    let ids = resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect();
    let langid: LanguageIdentifier = code.parse().map_err(|e| CatalogError(format!("{code}: {e}")))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.add_resource(resource).map_err(|errs| CatalogError(format!("{code}.ftl: {errs:?}")))?;
    let mut catalog = Catalog { code, native_name: String::new(), dir: Dir::Ltr, bundle, ids };
    catalog.native_name = catalog.t("language-name");
    catalog.dir = if catalog.t("language-dir") == "rtl" { Dir::Rtl } else { Dir::Ltr };
    // Unicode isolation marks around placeables only where the text runs right to left; in
    // left-to-right text they are invisible noise for search and copy-paste.
    catalog.bundle.set_use_isolating(catalog.dir == Dir::Rtl);
    Ok(catalog)
}

static CATALOGS: LazyLock<Result<Vec<Catalog>, CatalogError>> =
    LazyLock::new(|| LOCALE_SOURCES.iter().map(|(code, src)| load(code, src)).collect());

/// Loads every catalogue; call at startup so a broken locale file stops the server at once
/// instead of failing on the first request in that language.
pub fn init() -> Result<&'static [Catalog], &'static CatalogError> {
    CATALOGS.as_ref().map(Vec::as_slice)
}

/// All languages, English first.
pub fn catalogs() -> &'static [Catalog] {
    CATALOGS.as_ref().map(Vec::as_slice).unwrap_or(&[])
}

/// The English catalogue (source and fallback).
pub fn english() -> &'static Catalog {
    catalogs().first().unwrap_or_else(|| unreachable_catalog())
}

#[allow(clippy::panic)]
fn unreachable_catalog() -> &'static Catalog {
    // `init()` runs at startup and refuses to start without catalogues; reaching this is a bug.
    panic!("locale catalogues failed to load; call i18n::init() at startup")
}

/// The catalogue for an exact supported code, case-insensitively.
pub fn by_code(code: &str) -> Option<&'static Catalog> {
    catalogs().iter().find(|c| c.code.eq_ignore_ascii_case(code))
}

/// Maps any language tag to a supported catalogue: exact match, then the primary language
/// (`es-MX` -> `es`; any Chinese -> `zh-Hans`, the only Chinese script offered).
pub fn match_tag(tag: &str) -> Option<&'static Catalog> {
    let tag = tag.trim();
    if tag.is_empty() {
        return None;
    }
    if let Some(c) = by_code(tag) {
        return Some(c);
    }
    let primary = tag.split(['-', '_']).next().unwrap_or(tag);
    catalogs().iter().find(|c| {
        let cp = c.code.split('-').next().unwrap_or(c.code);
        cp.eq_ignore_ascii_case(primary)
    })
}

/// Picks the best catalogue for an `Accept-Language` header (q-values honoured).
pub fn negotiate(accept_language: &str) -> Option<&'static Catalog> {
    let mut prefs: Vec<(u16, usize, &str)> = accept_language
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut it = part.split(';');
            let tag = it.next()?.trim();
            let q =
                it.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.trim().parse::<f32>().ok()).unwrap_or(1.0);
            (q > 0.0 && tag != "*").then_some(((q * 1000.0) as u16, i, tag))
        })
        .collect();
    prefs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    prefs.into_iter().find_map(|(_, _, tag)| match_tag(tag))
}

/// Resolution order: `?lang=`, then the cookie, then `Accept-Language`, then English.
pub fn resolve(query: Option<&str>, cookie: Option<&str>, accept_language: Option<&str>) -> &'static Catalog {
    query
        .and_then(match_tag)
        .or_else(|| cookie.and_then(match_tag))
        .or_else(|| accept_language.and_then(negotiate))
        .unwrap_or_else(english)
}

/// The language chosen for the current request, put into the request's extensions by the server.
#[derive(Clone, Copy, Debug)]
pub struct RequestLocale(pub &'static str);

impl Catalog {
    /// Whether this catalogue defines message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Ids of every message in this catalogue, in file order.
    pub fn message_ids(&self) -> &[String] {
        &self.ids
    }

    /// The message `id` without arguments.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with string arguments.
    pub fn t_args(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, FluentValue::from(*v));
        }
        self.format(id, Some(&fa))
    }

    /// The message `id` with one numeric argument (plural selection).
    pub fn t_num(&self, id: &str, name: &str, n: i64) -> String {
        let mut fa = FluentArgs::new();
        fa.set(name, FluentValue::from(n));
        self.format(id, Some(&fa))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            // A missing message is caught by the locale tests; at run time fall back to English
            // rather than showing a worker nothing.
            return match english() {
                en if !std::ptr::eq(en, self) && en.has(id) => en.format(id, args),
                _ => id.to_owned(),
            };
        };
        let mut errors = vec![];
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }
}

/// The catalogue of the current request's language (resolved by the server).
pub fn use_catalog() -> &'static Catalog {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<RequestLocale>().copied())
        .and_then(|l| by_code(l.0))
        .unwrap_or_else(english)
}

/// The request path (without query), for the language switcher and island decisions.
pub fn use_path() -> String {
    let path =
        leptos::prelude::use_context::<http::request::Parts>().map(|p| p.uri.path().to_owned()).unwrap_or_default();
    // `//evil.example` (or `/\evil.example`) echoed into a link would leave the site: one leading
    // slash only.
    format!("/{}", path.trim_start_matches(['/', '\\']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_loads() {
        assert!(init().is_ok(), "{:?}", init().err());
        let codes: Vec<_> = catalogs().iter().map(|c| c.code).collect();
        for want in ["en", "es", "vi", "ar", "am", "so", "zh-Hans"] {
            assert!(codes.contains(&want), "missing locale {want}: {codes:?}");
        }
        assert_eq!(codes[0], "en");
    }

    #[test]
    fn every_message_exists_in_every_locale() {
        let en = english();
        let mut missing = vec![];
        for c in catalogs() {
            for id in en.message_ids() {
                if !c.has(id) {
                    missing.push(format!("{}: {id}", c.code));
                }
            }
            for id in c.message_ids() {
                if !en.has(id) {
                    missing.push(format!("{}: {id} is not in en.ftl", c.code));
                }
            }
        }
        assert!(missing.is_empty(), "missing translations:\n{}", missing.join("\n"));
    }

    #[test]
    fn placeables_survive_translation() {
        // Every `{ $var }` of the English message must appear in each translation.
        let en = english();
        let src_of = |code: &str| LOCALE_SOURCES.iter().find(|(c, _)| *c == code).map(|(_, s)| *s).unwrap_or("");
        let vars_of = |src: &str, id: &str| -> Vec<String> {
            let mut lines = src.lines().skip_while(|l| !l.starts_with(&format!("{id} =")));
            let mut text = lines.next().unwrap_or("").to_owned();
            for l in lines.take_while(|l| l.starts_with(' ')) {
                text.push_str(l);
            }
            let mut vars: Vec<String> =
                text.split("{ $").skip(1).filter_map(|s| s.split([' ', '}']).next().map(str::to_owned)).collect();
            vars.sort();
            vars.dedup();
            vars
        };
        let mut problems = vec![];
        for c in catalogs().iter().skip(1) {
            for id in en.message_ids() {
                let want = vars_of(src_of("en"), id);
                let got = vars_of(src_of(c.code), id);
                if want != got {
                    problems.push(format!("{} {id}: want {want:?}, got {got:?}", c.code));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn arabic_is_right_to_left_and_names_are_native() {
        assert_eq!(by_code("ar").map(|c| c.dir), Some(Dir::Rtl));
        assert_eq!(by_code("es").map(|c| c.dir), Some(Dir::Ltr));
        assert_eq!(by_code("es").map(|c| c.native_name.as_str()), Some("Español"));
        assert_eq!(english().native_name, "English");
    }

    #[test]
    fn resolution_order() {
        assert_eq!(resolve(Some("vi"), Some("es"), Some("am")).code, "vi");
        assert_eq!(resolve(None, Some("es"), Some("am")).code, "es");
        assert_eq!(resolve(Some("xx"), None, Some("am")).code, "am");
        assert_eq!(resolve(None, None, Some("fr-FR, es-MX;q=0.9, en;q=0.8")).code, "es");
        assert_eq!(resolve(None, None, Some("en;q=0.5, so;q=0.9")).code, "so");
        assert_eq!(resolve(None, None, Some("zh-CN")).code, "zh-Hans");
        assert_eq!(resolve(None, None, Some("ar-EG,ar;q=0.9")).code, "ar");
        assert_eq!(resolve(None, None, None).code, "en");
        assert_eq!(resolve(None, None, Some("de, *;q=0.1")).code, "en");
    }

    #[test]
    fn plural_and_arguments() {
        let en = english();
        assert_eq!(en.t_num("report-errors-summary", "count", 1), "Please fix one problem below.");
        assert_eq!(en.t_num("report-errors-summary", "count", 3), "Please fix 3 problems below.");
        assert_eq!(en.t_args("rights-hotline-call", &[("phone", "1-844-864-8341")]), "Call 1-844-864-8341");
    }
}
