//! Rendering shared by the doors: a page through the Leptos app with an outcome in context, and
//! the receipt PDF.

use crate::web::state::AppState;
use axum::{
    body::Body,
    extract::Request,
    http::{HeaderValue, header, request::Parts},
    response::Response,
};
use leptos::prelude::provide_context;
use reclamo_app::i18n::Catalog;
use reclamo_shared::codes::{AccessCode, TrackingCode};

/// Renders the app for this request with `value` in context.
pub async fn render_with<T: Clone + Send + Sync + 'static>(state: &AppState, parts: Parts, value: T) -> Response {
    let leptos = state.leptos.clone();
    let retention = reclamo_app::pages::privacy::RetentionDays(state.settings.retention_days);
    let handler = leptos_axum::render_app_to_stream_with_context(
        move || {
            provide_context(value.clone());
            provide_context(retention);
            leptos::nonce::provide_nonce();
        },
        move || reclamo_app::shell(leptos.clone()),
    );
    handler(Request::from_parts(parts, Body::empty())).await
}

/// Renders the page whose view is `page` (a staff page: the handler chose it, no router).
pub async fn render_page<T: reclamo_app::pages::Page>(state: &AppState, parts: Parts, page: T) -> Response {
    let leptos = state.leptos.clone();
    let handler = leptos_axum::render_app_to_stream_with_context(
        move || {
            provide_context(page.clone());
            leptos::nonce::provide_nonce();
        },
        move || reclamo_app::page_shell::<T>(leptos.clone()),
    );
    handler(Request::from_parts(parts, Body::empty())).await
}

/// The not-found page with status 404.
pub async fn not_found(state: &AppState, parts: Parts) -> Response {
    let mut res = render_with(state, parts, ()).await;
    *res.status_mut() = axum::http::StatusCode::NOT_FOUND;
    res
}

/// Builds the receipt PDF for a verified complaint (in `spawn_blocking`: shaping and subsetting
/// are CPU work).
pub async fn receipt_pdf(
    view: crate::services::intake::StatusView,
    catalog: &'static Catalog,
    access: Option<&AccessCode>,
    retention_days: u32,
) -> Result<Vec<u8>, String> {
    let data = crate::infra::pdf::receipt::ReceiptData {
        tracking_grouped: view.tracking_code.display_grouped(),
        access_grouped: access.map(AccessCode::display_grouped),
        filed_on: view.filed_at.date_naive(),
        violations: view.violations,
        retention_days,
    };
    tokio::task::spawn_blocking(move || crate::infra::pdf::receipt::render(catalog, &data))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| e.to_string())
}

/// Renders a letter in English and the worker's language (`language`, a locale code): the
/// renderer [`crate::services::cases::CaseService::letter`] runs once the letter may be made.
pub fn letter_pdf(data: &crate::infra::pdf::letters::LetterData, language: &str) -> Result<Vec<u8>, String> {
    let en = reclamo_app::i18n::english();
    crate::infra::pdf::letters::render(en, reclamo_app::i18n::by_code(language), data).map_err(|e| e.to_string())
}

/// A PDF download response; the file name carries only the tracking code.
pub fn pdf_response(bytes: Vec<u8>, tracking: &TrackingCode) -> Response {
    let mut res = Response::new(Body::from(bytes));
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"reclamo-{}.pdf\"", tracking.as_str())) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

/// The words of an outbox message: e-mail to staff and texts to workers, in `language`. Texts carry
/// the status and where to look, never a name or a detail of the complaint.
pub fn outbox_words(template: &str, language: &str, args: &[(&str, String)]) -> (String, String) {
    let c = reclamo_app::i18n::by_code(language).unwrap_or_else(reclamo_app::i18n::english);
    let arg = |k: &str| args.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone()).unwrap_or_default();
    let status = c.t(&format!("case-status-{}", arg("status")));
    let (case, url) = (arg("case"), arg("url"));
    let refs: Vec<(&str, &str)> = vec![("case", &case), ("url", &url), ("status", &status)];
    let id = template.replace('_', "-");
    (c.t_args(&format!("outbox-{id}-subject"), &refs), c.t_args(&format!("outbox-{id}-body"), &refs))
}
