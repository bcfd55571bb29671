//! The HTML document around every page, and the router.

use crate::i18n::use_catalog;
use crate::pages::{
    Page, home::HomePage, not_found::NotFoundPage, privacy::PrivacyPage, report::ReportPage, rights::RightsPage,
    status::StatusPage,
};
use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, MetaTags, provide_meta_context};
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

/// Content-Security-Policy for HTML pages: scripts only with this response's nonce (and what
/// they load), wasm allowed to compile, everything else from our own origin.
pub fn page_csp(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'"
    )
}

/// The whole HTML document around the public pages (routed by [`App`]; none ships wasm).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    document(options, false, || view! { <App /> }.into_any())
}

/// The whole HTML document around a page the server chose (the view of type `T`, put in context
/// by the handler; the not-found page when it is missing).
pub fn page_shell<T: Page>(options: LeptosOptions) -> impl IntoView {
    document(options, T::ISLANDS, || {
        provide_meta_context();
        use_context::<T>().map(Page::view).unwrap_or_else(|| view! { <NotFoundPage /> }.into_any())
    })
}

fn document(options: LeptosOptions, islands: bool, body: impl FnOnce() -> AnyView) -> impl IntoView {
    let catalog = use_catalog();
    let nonce = leptos::nonce::use_nonce();
    if let (Some(n), Some(res)) = (nonce.as_ref(), use_context::<leptos_axum::ResponseOptions>())
        && let Ok(v) = http::HeaderValue::from_str(&page_csp(n))
    {
        res.insert_header(http::header::CONTENT_SECURITY_POLICY, v);
    }
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
            <body>{body()}</body>
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
                <Route path=path!("/privacy") view=PrivacyPage />
                <Route path=path!("/report") view=ReportPage />
                <Route path=path!("/report/done") view=ReportPage />
                <Route path=path!("/status") view=StatusPage />
            </Routes>
        </Router>
    }
}
