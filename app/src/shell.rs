//! The HTML document around every page, and the router.

use crate::i18n::{self, Catalog, RequestLocale};
use crate::pages::{
    home::HomePage, not_found::NotFoundPage, report::ReportPage, rights::RightsPage, staff::StaffPage,
    status::StatusPage,
};
use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, MetaTags, provide_meta_context};
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

/// The catalogue of the current request's language (resolved by the server).
pub fn use_catalog() -> &'static Catalog {
    use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<RequestLocale>().copied())
        .and_then(|l| i18n::by_code(l.0))
        .unwrap_or_else(i18n::english)
}

/// The request path (without query), for the language switcher and island decisions.
pub fn use_path() -> String {
    let path = use_context::<http::request::Parts>().map(|p| p.uri.path().to_owned()).unwrap_or_default();
    // `//evil.example` (or `/\evil.example`) echoed into a link would leave the site: one leading
    // slash only.
    format!("/{}", path.trim_start_matches(['/', '\\']))
}

/// Content-Security-Policy for HTML pages: scripts only with this response's nonce (and what
/// they load), wasm allowed to compile, everything else from our own origin.
pub fn page_csp(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'"
    )
}

/// The whole HTML document.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let catalog = use_catalog();
    let path = use_path();
    let nonce = leptos::nonce::use_nonce();
    if let (Some(n), Some(res)) = (nonce.as_ref(), use_context::<leptos_axum::ResponseOptions>())
        && let Ok(v) = http::HeaderValue::from_str(&page_csp(n))
    {
        res.insert_header(http::header::CONTENT_SECURITY_POLICY, v);
    }
    let islands = crate::ISLAND_PATHS.iter().any(|p| path == *p || path.starts_with(&format!("{p}/")));
    view! {
        <!DOCTYPE html>
        <html lang=catalog.code dir=catalog.dir.as_str()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="icon" href="data:," />
                <HashedStylesheet options=options.clone() id="leptos" />
                {islands.then(|| view! { <HydrationScripts options=options.clone() islands=true /> })}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The application: layout and routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let fallback = || view! { <NotFoundPage /> };
    view! {
        <Router>
            <Routes fallback>
                <Route path=path!("/") view=HomePage />
                <Route path=path!("/rights") view=RightsPage />
                <Route path=path!("/report") view=ReportPage />
                <Route path=path!("/report/done") view=ReportPage />
                <Route path=path!("/status") view=StatusPage />
                // Staff pages are served by the server's own handlers (sign-in checks first);
                // these routes only tell the renderer which component to draw.
                <Route path=path!("/staff") view=StaffPage />
                <Route path=path!("/staff/*any") view=StaffPage />
            </Routes>
        </Router>
    }
}
