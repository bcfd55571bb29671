//! The HTTP surface: routes, static files and the middleware every response passes through.

use crate::db::Db;
use axum::{
    Json, Router,
    body::Body,
    extract::{DefaultBodyLimit, FromRef, Request, State},
    http::{HeaderName, HeaderValue, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::get,
};
use leptos::prelude::LeptosOptions;
use leptos_axum::{LeptosRoutes, generate_route_list};
use reclamo_app::i18n::{self, LANG_COOKIE, RequestLocale};
use tower::ServiceBuilder;
use tower_http::{
    compression::CompressionLayer,
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, RequestId, SetRequestIdLayer},
    services::ServeDir,
    set_header::SetResponseHeaderLayer,
    timeout::TimeoutLayer,
    trace::TraceLayer,
};

use crate::config::Settings;

/// Shared state of every handler.
#[derive(Clone)]
pub struct AppState {
    /// Leptos settings (site root, output name).
    pub leptos: LeptosOptions,
    /// The database.
    pub db: Db,
    /// Server configuration.
    pub settings: Settings,
    /// The one intake path (and its rate limits).
    pub intake: crate::intake::IntakeService,
    /// Staff sign-in.
    pub auth: crate::auth::AuthService,
    /// Staff access to cases.
    pub cases: crate::cases::CaseService,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}

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
    let page_context = || leptos::nonce::provide_nonce();
    let fallback = leptos_axum::render_app_to_stream_with_context(page_context, {
        let leptos = leptos.clone();
        move || reclamo_app::shell(leptos.clone())
    });

    Router::new()
        .route("/healthz", get(healthz))
        .nest("/api/v1", crate::api::routes())
        .leptos_routes_with_context(&state, routes, page_context, {
            let leptos = leptos.clone();
            move || reclamo_app::shell(leptos.clone())
        })
        .route("/report", axum::routing::post(crate::pages::report_step))
        .route("/report/done", axum::routing::post(crate::pages::report_send))
        .route("/status", axum::routing::post(crate::pages::status_check))
        .route("/report/receipt", axum::routing::post(crate::pages::report_receipt))
        .route("/staff", get(crate::staff_pages::home))
        .route("/staff/login", get(crate::staff_pages::login_page).post(crate::staff_pages::login))
        .route("/staff/logout", axum::routing::post(crate::staff_pages::logout))
        .route("/staff/2fa/start", axum::routing::post(crate::staff_pages::two_factor_start))
        .route("/staff/2fa/confirm", axum::routing::post(crate::staff_pages::two_factor_confirm))
        .route("/staff/cases", get(crate::staff_cases::queue))
        .route("/staff/cases/assign", axum::routing::post(crate::staff_cases::bulk_assign))
        .route("/staff/cases/{id}", get(crate::staff_cases::case))
        .route("/staff/cases/{id}/assign", axum::routing::post(crate::staff_cases::assign))
        .route("/staff/cases/{id}/transition", axum::routing::post(crate::staff_cases::transition))
        .route("/staff/cases/{id}/notes", axum::routing::post(crate::staff_cases::note))
        .route("/staff/cases/{id}/review", axum::routing::post(crate::staff_cases::review))
        .route("/staff/cases/{id}/calculate", axum::routing::post(crate::staff_cases::calculate))
        .route("/staff/cases/{id}/determination/decide", axum::routing::post(crate::staff_cases::decide))
        .route("/staff/employers/{id}", get(crate::staff_cases::employer))
        .route("/staff/employers/{id}/aliases", axum::routing::post(crate::staff_cases::employer_alias))
        .route("/staff/employers/{id}/links", axum::routing::post(crate::staff_cases::employer_link))
        .route("/staff/users", get(crate::staff_pages::users).post(crate::staff_pages::add_user))
        .route("/staff/users/disable", axum::routing::post(crate::staff_pages::disable_user))
        .route("/staff/organisations", axum::routing::post(crate::staff_pages::add_organisation))
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
                    // The path only: never the query string, never the client address.
                    tracing::info_span!("request", id = %id, method = %req.method(), path = %req.uri().path())
                }))
                .layer(PropagateRequestIdLayer::new(REQUEST_ID))
                .layer(middleware::from_fn(security_headers))
                .layer(middleware::from_fn(refuse_cross_site))
                .layer(CompressionLayer::new())
                .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, state.settings.request_timeout))
                .layer(DefaultBodyLimit::max(state.settings.body_limit)),
        )
}

/// `GET /healthz`: 200 when the database answers, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> Response {
    if crate::db::ping(&state.db).await {
        (StatusCode::OK, Json(serde_json::json!({"status": "ok"}))).into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, Json(serde_json::json!({"status": "unavailable"}))).into_response()
    }
}

/// The default policy for responses that are not HTML pages (pages set their own, with a nonce).
const DEFAULT_CSP: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// Adds the security headers to every response.
async fn security_headers(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
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

/// The catalogue of the request's language (resolved by [`resolve_locale`]).
pub fn request_catalog<B>(req: &http::Request<B>) -> &'static i18n::Catalog {
    req.extensions().get::<RequestLocale>().and_then(|l| i18n::by_code(l.0)).unwrap_or_else(i18n::english)
}

/// The catalogue of the request's language, from its parts.
pub fn parts_catalog(parts: &http::request::Parts) -> &'static i18n::Catalog {
    parts.extensions.get::<RequestLocale>().and_then(|l| i18n::by_code(l.0)).unwrap_or_else(i18n::english)
}

/// The client's IP address (peer, or `X-Forwarded-For` behind a trusted proxy).
pub fn client_ip<B>(state: &AppState, req: &http::Request<B>) -> std::net::IpAddr {
    let peer = req
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip())
        .unwrap_or(std::net::IpAddr::from([127, 0, 0, 1]));
    let xff = req.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok());
    state.settings.trusted_proxies.client_ip(peer, xff)
}

/// Refuses state-changing requests that a browser says come from another site (CSRF): a
/// `Sec-Fetch-Site` of `cross-site`, or an `Origin` whose host differs from `Host`. Clients that
/// send neither header (API clients, curl, old browsers posting same-origin) pass.
async fn refuse_cross_site(req: Request, next: Next) -> Response {
    let m = req.method();
    if m == http::Method::GET || m == http::Method::HEAD || m == http::Method::OPTIONS {
        return next.run(req).await;
    }
    let h = req.headers();
    let fetch_site = h.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    let cross = match fetch_site {
        Some("cross-site") => true,
        Some(_) => false,
        None => match (
            h.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
            h.get(header::HOST).and_then(|v| v.to_str().ok()),
        ) {
            (Some("null"), _) => true,
            (Some(origin), Some(host)) => origin.split_once("://").map(|(_, rest)| rest) != Some(host),
            _ => false,
        },
    };
    if cross {
        return (
            StatusCode::FORBIDDEN,
            Json(serde_json::json!({"error": {"code": "cross_site", "message": "cross-site request refused"}})),
        )
            .into_response();
    }
    next.run(req).await
}

/// The session cookie's name: `__Host-` prefixed (bound to this host, Secure, Path=/) over https.
pub fn session_cookie_name(settings: &Settings) -> &'static str {
    if settings.serves_https() { "__Host-reclamo_session" } else { "reclamo_session" }
}

/// A `Set-Cookie` value for a session token (or one that clears it).
pub fn session_cookie(settings: &Settings, token: &str, clear: bool) -> String {
    let name = session_cookie_name(settings);
    let secure = if settings.serves_https() { "; Secure" } else { "" };
    let age = if clear { "; Max-Age=0" } else { "" };
    format!("{name}={token}; Path=/; HttpOnly; SameSite=Strict{secure}{age}")
}

/// The session token sent with a request, if any.
pub fn session_token<'a>(settings: &Settings, headers: &'a http::HeaderMap) -> Option<&'a str> {
    cookie(headers, session_cookie_name(settings)).filter(|t| !t.is_empty())
}

/// The signed-in staff member behind a request, if any.
pub async fn signed_in(state: &AppState, headers: &http::HeaderMap) -> Option<crate::auth::Actor> {
    let token = session_token(&state.settings, headers)?;
    match state.auth.session(token).await {
        Ok(actor) => actor,
        Err(e) => {
            tracing::error!(error = %e, "session lookup failed");
            None
        }
    }
}

/// The `Retry-After` value for a busy database.
pub fn busy_retry_after() -> HeaderValue {
    HeaderValue::from(crate::db::BUSY_RETRY_AFTER.as_secs())
}

/// Turns a rendered page into the answer for a busy database: `503` with `Retry-After` (the page
/// itself says so in the user's language and keeps what they typed).
pub fn busy(mut res: Response) -> Response {
    *res.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    res.headers_mut().insert(header::RETRY_AFTER, busy_retry_after());
    res
}

/// Reads one cookie's value from the request.
pub fn cookie<'a>(req_headers: &'a http::HeaderMap, name: &str) -> Option<&'a str> {
    req_headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find_map(|(k, v)| (k == name).then_some(v))
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
