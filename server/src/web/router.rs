//! The HTTP surface: routes, static files and the middleware every response passes through.

use super::state::{AppState, cookie};

use axum::{
    Json, Router,
    body::Body,
    extract::{DefaultBodyLimit, Request, State},
    http::{HeaderName, HeaderValue, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::get,
};
use leptos_axum::{LeptosRoutes, generate_route_list};
use reclamo_app::i18n::{self, LANG_COOKIE, RequestLocale};
use tower::ServiceBuilder;
use tower_http::{
    compression::CompressionLayer,
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, RequestId, SetRequestIdLayer},
    services::ServeDir,
    set_header::SetResponseHeaderLayer,
    trace::TraceLayer,
};

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Builds the whole router.
pub fn router(state: AppState) -> Router {
    // Staff paths are served by their own handlers (session checks first), not by the generic
    // page renderer.
    let routes: Vec<_> =
        generate_route_list(reclamo_app::App).into_iter().filter(|r| !r.path().starts_with("/staff")).collect();
    let leptos = state.leptos.clone();
    let pkg_dir = state.settings.site_root.join(&*state.leptos.site_pkg_dir);
    // Built assets carry a content hash in their names, so they may be cached for good.
    let pkg = ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        ))
        .service(ServeDir::new(pkg_dir).precompressed_br().precompressed_gzip());
    let retention = reclamo_app::pages::privacy::RetentionDays(state.settings.retention_days);
    let page_context = move || {
        leptos::nonce::provide_nonce();
        leptos::prelude::provide_context(retention);
    };
    let fallback = leptos_axum::render_app_to_stream_with_context(page_context, {
        let leptos = leptos.clone();
        move || reclamo_app::shell(leptos.clone())
    });

    Router::new()
        .route("/healthz", get(healthz))
        .nest("/api/v1", crate::web::api::routes())
        .leptos_routes_with_context(&state, routes, page_context, {
            let leptos = leptos.clone();
            move || reclamo_app::shell(leptos.clone())
        })
        .route("/report", axum::routing::post(crate::web::pages::report_step))
        .route("/report/done", axum::routing::post(crate::web::pages::report_send))
        .route("/status", axum::routing::post(crate::web::pages::status_check))
        .route("/status/evidence", axum::routing::post(crate::web::pages::status_evidence))
        .route("/report/receipt", axum::routing::post(crate::web::pages::report_receipt))
        .route("/report/codes", axum::routing::post(crate::web::pages::report_codes))
        .route("/staff", get(crate::web::staff_pages::home))
        .route("/staff/login", get(crate::web::staff_pages::login_page).post(crate::web::staff_pages::login))
        .route("/staff/logout", axum::routing::post(crate::web::staff_pages::logout))
        .route("/staff/2fa/start", axum::routing::post(crate::web::staff_pages::two_factor_start))
        .route("/staff/2fa/confirm", axum::routing::post(crate::web::staff_pages::two_factor_confirm))
        .route("/staff/cases", get(crate::web::staff_cases::queue))
        .route("/staff/cases/assign", axum::routing::post(crate::web::staff_cases::bulk_assign))
        .route("/staff/cases/{id}", get(crate::web::staff_cases::case))
        .route("/staff/cases/{id}/assign", axum::routing::post(crate::web::staff_cases::assign))
        .route("/staff/cases/{id}/transition", axum::routing::post(crate::web::staff_cases::transition))
        .route("/staff/cases/{id}/notes", axum::routing::post(crate::web::staff_cases::note))
        .route("/staff/cases/{id}/review", axum::routing::post(crate::web::staff_cases::review))
        .route("/staff/cases/{id}/calculate", axum::routing::post(crate::web::staff_cases::calculate))
        .route("/staff/cases/{id}/determination/decide", axum::routing::post(crate::web::staff_cases::decide))
        .route("/staff/cases/{id}/referrals/{destination}", axum::routing::post(crate::web::staff_cases::refer))
        .route("/staff/cases/{id}/evidence", axum::routing::post(crate::web::staff_cases::add_evidence))
        .route("/staff/employers/{id}", get(crate::web::staff_cases::employer))
        .route("/staff/employers/{id}/aliases", axum::routing::post(crate::web::staff_cases::employer_alias))
        .route("/staff/employers/{id}/links", axum::routing::post(crate::web::staff_cases::employer_link))
        .route("/staff/users", get(crate::web::staff_pages::users).post(crate::web::staff_pages::add_user))
        .route("/staff/users/disable", axum::routing::post(crate::web::staff_pages::disable_user))
        .route(
            "/staff/disposals",
            get(crate::web::staff_pages::disposals).post(crate::web::staff_pages::propose_disposal),
        )
        .route("/staff/disposals/{id}/approve", axum::routing::post(crate::web::staff_pages::approve_disposal))
        .route("/staff/organisations", axum::routing::post(crate::web::staff_pages::add_organisation))
        .route("/phone/sms", axum::routing::post(crate::web::phone::sms))
        .nest_service("/pkg", pkg)
        .fallback(fallback)
        .layer(middleware::from_fn_with_state(state.clone(), resolve_locale))
        .with_state(state.clone())
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
                .layer(TraceLayer::new_for_http().make_span_with(|req: &Request<Body>| {
                    let id = req
                        .extensions()
                        .get::<RequestId>()
                        .and_then(|id| id.header_value().to_str().ok())
                        .unwrap_or("-");
                    // The route's template only (`/api/v1/complaints/{tracking_code}/status`): never the
                    // path as sent (tracking codes, case ids), the query string or the client address.
                    let route = req
                        .extensions()
                        .get::<axum::extract::MatchedPath>()
                        .map(|m| m.as_str().to_owned())
                        .unwrap_or_else(|| "(other)".to_owned());
                    tracing::info_span!("request", id = %id, method = %req.method(), route = %route)
                }))
                .layer(PropagateRequestIdLayer::new(REQUEST_ID))
                .layer(middleware::from_fn_with_state(state.clone(), security_headers))
                .layer(middleware::from_fn(refuse_cross_site))
                .layer(CompressionLayer::new())
                .layer(middleware::from_fn_with_state(state.clone(), request_timeout))
                .layer(DefaultBodyLimit::max(state.settings.body_limit)),
        )
}

/// `GET /healthz`: 200 when the database answers, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> Response {
    if crate::infra::db::ping(&state.db).await {
        (StatusCode::OK, Json(serde_json::json!({"status": "ok"}))).into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, Json(serde_json::json!({"status": "unavailable"}))).into_response()
    }
}

/// The default policy for responses that are not HTML pages (pages set their own, with a nonce).
const DEFAULT_CSP: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// Adds the security headers to every response (HSTS when Reclamo is served over https).
async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    if state.settings.serves_https() {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    }
    h.entry(header::CONTENT_SECURITY_POLICY).or_insert(HeaderValue::from_static(DEFAULT_CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(HeaderName::from_static("cross-origin-opener-policy"), HeaderValue::from_static("same-origin"));
    h.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    // Pages may show a worker's answers: never store them in a shared or browser cache.
    h.entry(header::CACHE_CONTROL).or_insert(HeaderValue::from_static("no-store"));
    res
}

/// Refuses state-changing requests that a browser says come from anywhere but this origin (CSRF):
/// a `Sec-Fetch-Site` other than `same-origin` or `none` (a sibling subdomain is `same-site`, and
/// no friend), or an `Origin` — compared whenever present — whose host differs from `Host`.
/// Clients that send neither header (API clients, curl, old browsers posting same-origin) pass.
async fn refuse_cross_site(req: Request, next: Next) -> Response {
    let m = req.method();
    if m == http::Method::GET || m == http::Method::HEAD || m == http::Method::OPTIONS {
        return next.run(req).await;
    }
    let h = req.headers();
    let fetch_site = h.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    let other_site = !matches!(fetch_site, None | Some("same-origin") | Some("none"));
    let other_origin = match (
        h.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        h.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) {
        // Our pages send `Referrer-Policy: no-referrer`, so browsers post our own forms with
        // `Origin: null`; then Fetch Metadata decides (same-origin passes, none at all does not).
        (Some("null"), _) => fetch_site.is_none(),
        (Some(origin), Some(host)) => origin.split_once("://").map(|(_, rest)| rest) != Some(host),
        (Some(_), None) => true,
        _ => false,
    };
    let cross = other_site || other_origin;
    if cross {
        return (
            StatusCode::FORBIDDEN,
            Json(serde_json::json!({"error": {"code": "cross_site", "message": "cross-site request refused"}})),
        )
            .into_response();
    }
    next.run(req).await
}

/// Resolves the request's language (`?lang=`, cookie, `Accept-Language`, English), hands it to
/// the pages, and remembers an explicit choice in a cookie.
async fn resolve_locale(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let query_lang = req.uri().query().and_then(|q| {
        q.split('&').filter_map(|kv| kv.split_once('=')).find_map(|(k, v)| (k == "lang").then(|| v.to_owned()))
    });
    let chosen = query_lang.as_deref().and_then(i18n::match_tag);
    let headers = req.headers();
    let catalog = i18n::resolve(
        chosen.map(|c| c.code),
        cookie(headers, LANG_COOKIE),
        headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()),
    );
    req.extensions_mut().insert(RequestLocale(catalog.code));
    if let Some(module) = &state.estimate_module {
        req.extensions_mut().insert(module.clone());
    }
    let mut res = next.run(req).await;
    if let Some(c) = chosen {
        let secure = if state.settings.serves_https() { "; Secure" } else { "" };
        let value = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}", c.code);
        if let Ok(v) = HeaderValue::from_str(&value) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    res.headers_mut().append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    res
}

/// How long an upload may take: a 10 MB voice note over a slow phone connection needs minutes.
pub const UPLOAD_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(600);

/// Whether the request uploads evidence (and so gets [`UPLOAD_TIMEOUT`]).
fn is_upload(req: &Request) -> bool {
    req.method() == axum::http::Method::POST && req.uri().path().ends_with("/evidence")
}

/// Answers 408 when a request takes longer than the request timeout (30 s; uploads:
/// [`UPLOAD_TIMEOUT`]), so a slow client cannot hold a worker forever.
async fn request_timeout(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let limit = if is_upload(&req) { UPLOAD_TIMEOUT } else { state.settings.request_timeout };
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(res) => res,
        Err(_) => StatusCode::REQUEST_TIMEOUT.into_response(),
    }
}
