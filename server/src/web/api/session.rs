//! `POST /api/v1/session` (sign in), `DELETE /api/v1/session` (sign out), `GET /api/v1/me`.

use super::ApiError;
use super::wire::{ErrorBody, FieldErrorsBody, Me, RecoveryCodes, TotpStarted, TwoFactorState};
use crate::services::auth::LoginError;
use crate::web::state::{AppState, client_ip, request_catalog, session_cookie, signed_in};
use axum::{
    Json,
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Deserialize;

/// Sign-in body.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct Credentials {
    /// Work email.
    email: String,
    /// Password.
    password: String,
    /// The authenticator code (or a recovery code) when two-factor sign-in is on.
    #[serde(default)]
    totp: Option<String>,
}

/// Signs in: 204 and a session cookie; 401 alike for unknown user and wrong password; 429 while
/// throttled.
#[utoipa::path(post, path = "/session", tag = "staff", summary = "Sign in (sets the session cookie)",
    request_body = Credentials,
    responses(
        (status = 204, description = "Signed in; the session cookie is set"),
        (status = 401, description = "Wrong email or password (unauthorized), or the one-time code is needed (totp_required)", body = ErrorBody),
        (status = 422, description = "Not JSON of this shape", body = FieldErrorsBody),
        (status = 429, description = "Too many failures (Retry-After)", body = ErrorBody),
        (status = 503, description = "Busy (Retry-After)", body = ErrorBody)))]
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
#[utoipa::path(delete, path = "/session", tag = "staff", summary = "Sign out", security(("session" = [])),
    responses((status = 204, description = "Signed out; the cookie is cleared")))]
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
#[utoipa::path(get, path = "/me", tag = "staff", summary = "Who is signed in", security(("session" = [])),
    responses((status = 200, body = Me), (status = 401, description = "Not signed in", body = ErrorBody)))]
pub async fn me(State(state): State<AppState>, req: Request) -> Result<Response, ApiError> {
    let catalog = request_catalog(&req);
    let actor =
        signed_in(&state, req.headers()).await.ok_or_else(|| ApiError::Unauthorized(catalog.t("error-signed-out")))?;
    Ok(Json(Me {
        email: actor.email.clone(),
        role: actor.role.code().to_owned(),
        organisation: actor.organisation.clone(),
        two_factor: TwoFactorState { enabled: actor.two_factor_enabled, required_now: actor.two_factor_pending },
    })
    .into_response())
}

/// Starts two-factor enrolment: the `otpauth://` URI and its QR code as SVG.
#[utoipa::path(post, path = "/me/totp", tag = "staff", summary = "Start two-factor enrolment", security(("session" = [])),
    responses((status = 200, body = TotpStarted), (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 409, description = "Two-factor sign-in is already on", body = ErrorBody)))]
pub async fn totp_start(State(state): State<AppState>, req: Request) -> Result<Response, ApiError> {
    let catalog = request_catalog(&req);
    let actor =
        signed_in(&state, req.headers()).await.ok_or_else(|| ApiError::Unauthorized(catalog.t("error-signed-out")))?;
    let uri = state.auth.start_totp(&actor).await.map_err(|e| account_refusal(e, catalog))?;
    let svg = crate::infra::totp::qr_svg(&uri, "QR code");
    Ok(Json(TotpStarted { otpauth_uri: uri, qr_svg: svg }).into_response())
}

/// Body of a two-factor confirmation.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct TotpConfirm {
    /// The 6-digit code from the authenticator app.
    code: String,
}

/// Confirms enrolment with a code; returns the recovery codes (shown once).
#[utoipa::path(post, path = "/me/totp/confirm", tag = "staff", summary = "Confirm two-factor enrolment", security(("session" = [])),
    request_body = TotpConfirm,
    responses((status = 200, body = RecoveryCodes), (status = 401, description = "Not signed in", body = ErrorBody),
        (status = 409, description = "Wrong code, or no enrolment started", body = ErrorBody),
        (status = 422, description = "Not JSON of this shape", body = FieldErrorsBody)))]
pub async fn totp_confirm(State(state): State<AppState>, req: Request) -> Result<Response, ApiError> {
    let catalog = request_catalog(&req);
    let actor =
        signed_in(&state, req.headers()).await.ok_or_else(|| ApiError::Unauthorized(catalog.t("error-signed-out")))?;
    let body = axum::body::to_bytes(req.into_body(), 4096)
        .await
        .map_err(|_| ApiError::Unreadable(catalog.t("error-invalid-request")))?;
    let confirm: TotpConfirm = super::error::read_json(&body, catalog)?;
    let codes = state.auth.confirm_totp(&actor, &confirm.code).await.map_err(|e| account_refusal(e, catalog))?;
    Ok(Json(RecoveryCodes { recovery_codes: codes }).into_response())
}

/// A two-factor refusal: 409 with the account code (`totp_wrong_code`, ...) in the caller's
/// language; our own failures are 500 or 503.
fn account_refusal(e: crate::services::auth::AccountError, catalog: &'static reclamo_app::i18n::Catalog) -> ApiError {
    match e.code() {
        Some(code) => ApiError::ConflictWith(code, crate::web::words::account_error(&e, catalog)),
        None => ApiError::failure(e, catalog),
    }
}
