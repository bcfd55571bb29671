//! `POST /api/v1/session` (sign in), `DELETE /api/v1/session` (sign out), `GET /api/v1/me`.

use super::ApiError;
use crate::services::auth::LoginError;
use crate::web::state::{AppState, client_ip, request_catalog, session_cookie, signed_in};
use axum::{
    Json,
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Deserialize;
use serde_json::json;

/// Sign-in body.
#[derive(Deserialize)]
pub struct Credentials {
    email: String,
    password: String,
    /// The authenticator code (or a recovery code) when two-factor sign-in is on.
    #[serde(default)]
    totp: Option<String>,
}

/// Signs in: 204 and a session cookie; 401 alike for unknown user and wrong password; 429 while
/// throttled.
pub async fn login(State(state): State<AppState>, req: Request) -> Result<Response, ApiError> {
    let catalog = request_catalog(&req);
    let ip = crate::infra::ratelimit::client_key(client_ip(&state, &req));
    let body = axum::body::to_bytes(req.into_body(), 16 * 1024)
        .await
        .map_err(|_| ApiError::Unreadable(catalog.t("error-invalid-request")))?;
    let creds: Credentials = super::error::read_json(&body, catalog)?;
    match state.auth.login(&creds.email, &creds.password, creds.totp.as_deref(), &ip).await {
        Ok((token, _actor)) => {
            let mut res = StatusCode::NO_CONTENT.into_response();
            if let Ok(v) = HeaderValue::from_str(&session_cookie(&state.settings, &token, false)) {
                res.headers_mut().insert(header::SET_COOKIE, v);
            }
            Ok(res)
        }
        Err(LoginError::Invalid) => Err(ApiError::Unauthorized(catalog.t("error-invalid-credentials"))),
        Err(LoginError::TotpRequired) => Err(ApiError::TotpRequired(catalog.t("error-totp-required"))),
        Err(LoginError::Throttled(wait)) => {
            Err(ApiError::rate_limited(wait.to_std().unwrap_or(std::time::Duration::from_secs(60)), catalog))
        }
        Err(LoginError::Busy) => Err(ApiError::Busy(catalog.t("error-busy"))),
        Err(LoginError::Internal(e)) => Err(ApiError::internal(e, catalog)),
    }
}

/// Signs out (ends the session server-side) and clears the cookie.
pub async fn logout(State(state): State<AppState>, req: Request) -> Result<Response, ApiError> {
    let catalog = request_catalog(&req);
    if let Some(token) = crate::web::state::session_token(&state.settings, req.headers()) {
        state.auth.logout(token).await.map_err(|e| ApiError::failure(e, catalog))?;
    }
    let mut res = StatusCode::NO_CONTENT.into_response();
    if let Ok(v) = HeaderValue::from_str(&session_cookie(&state.settings, "", true)) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}

/// Who is signed in.
pub async fn me(State(state): State<AppState>, req: Request) -> Result<Response, ApiError> {
    let catalog = request_catalog(&req);
    let actor =
        signed_in(&state, req.headers()).await.ok_or_else(|| ApiError::Unauthorized(catalog.t("error-signed-out")))?;
    Ok(Json(json!({
        "email": actor.email,
        "role": actor.role,
        "organisation": actor.organisation,
        "two_factor": {"enabled": actor.two_factor_enabled, "required_now": actor.two_factor_pending},
    }))
    .into_response())
}

/// Starts two-factor enrolment: the `otpauth://` URI and its QR code as SVG.
pub async fn totp_start(State(state): State<AppState>, req: Request) -> Result<Response, ApiError> {
    let catalog = request_catalog(&req);
    let actor =
        signed_in(&state, req.headers()).await.ok_or_else(|| ApiError::Unauthorized(catalog.t("error-signed-out")))?;
    let uri = state.auth.start_totp(&actor).await.map_err(|e| ApiError::Conflict(e.to_string()))?;
    let svg = crate::infra::totp::qr_svg(&uri, "QR code");
    Ok(Json(json!({"otpauth_uri": uri, "qr_svg": svg})).into_response())
}

/// Body of a two-factor confirmation.
#[derive(Deserialize)]
pub struct TotpConfirm {
    code: String,
}

/// Confirms enrolment with a code; returns the recovery codes (shown once).
pub async fn totp_confirm(State(state): State<AppState>, req: Request) -> Result<Response, ApiError> {
    let catalog = request_catalog(&req);
    let actor =
        signed_in(&state, req.headers()).await.ok_or_else(|| ApiError::Unauthorized(catalog.t("error-signed-out")))?;
    let body = axum::body::to_bytes(req.into_body(), 4096)
        .await
        .map_err(|_| ApiError::Unreadable(catalog.t("error-invalid-request")))?;
    let confirm: TotpConfirm = super::error::read_json(&body, catalog)?;
    let codes = state.auth.confirm_totp(&actor, &confirm.code).await.map_err(|e| ApiError::Conflict(e.to_string()))?;
    Ok(Json(json!({"recovery_codes": codes})).into_response())
}
