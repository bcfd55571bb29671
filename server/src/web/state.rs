//! Request state and what every handler reads from a request: the shared `AppState`, the
//! caller's language and address, the staff session, and the answers for a busy database.

use crate::infra::config::Settings;
use crate::infra::db::Db;
use axum::{
    extract::FromRef,
    http::{self, HeaderValue, StatusCode, header},
    response::Response,
};
use leptos::prelude::LeptosOptions;
use reclamo_app::i18n::{self, RequestLocale};

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
    pub intake: crate::services::intake::IntakeService,
    /// Staff sign-in.
    pub auth: crate::services::auth::AuthService,
    /// Staff access to cases.
    pub cases: crate::services::cases::CaseService,
    /// Callers' numbers (hashed) and the STOP list.
    pub phone: crate::services::phone::PhoneService,
    /// The public wizard's live-estimate module, when it was built (`scripts/build-estimate.sh`).
    pub estimate_module: Option<reclamo_app::components::estimate::EstimateModule>,
    /// Twilio's REST API, when configured (call-takers text callers their codes at once).
    pub sms: Option<crate::infra::messaging::TwilioSms>,
}

/// Finds the built estimate module in the site's `pkg` folder (`estimate-HASH.js` beside
/// `estimate-HASH_bg.wasm`); none, and the estimate helper works by its button alone.
pub fn find_estimate_module(pkg_dir: &std::path::Path) -> Option<reclamo_app::components::estimate::EstimateModule> {
    let mut found: Vec<String> = std::fs::read_dir(pkg_dir)
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("estimate-") && n.ends_with(".js"))
        .collect();
    found.sort();
    let js = found.pop()?;
    let wasm = format!("{}_bg.wasm", js.trim_end_matches(".js"));
    pkg_dir.join(&wasm).is_file().then(|| reclamo_app::components::estimate::EstimateModule {
        js: format!("/pkg/{js}"),
        wasm: format!("/pkg/{wasm}"),
    })
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
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
pub async fn signed_in(state: &AppState, headers: &http::HeaderMap) -> Option<crate::services::auth::Actor> {
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
    HeaderValue::from(crate::infra::db::BUSY_RETRY_AFTER.as_secs())
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
