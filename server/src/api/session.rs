//! `POST /api/v1/session` (sign in), `DELETE /api/v1/session` (sign out), `GET /api/v1/me`.

use super::ApiError;
use crate::auth::LoginError;
use crate::http::{AppState, client_ip, request_catalog, session_cookie, signed_in};
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
}

/// Signs in: 204 and a session cookie; 401 alike for unknown user and wrong password; 429 while
/// throttled.
pub async fn login(State(state): State<AppState>, req: Request) -> Result<Response, ApiError> {
    let catalog = request_catalog(&req);
    let ip = client_ip(&state, &req).to_string();
    let body = axum::body::to_bytes(req.into_body(), 16 * 1024)
        .await
        .map_err(|_| ApiError::Unreadable(catalog.t("error-invalid-request")))?;
    let creds: Credentials =
        serde_json::from_slice(&body).map_err(|_| ApiError::Unreadable(catalog.t("error-invalid-request")))?;
    match state.auth.login(&creds.email, &creds.password, &ip).await {
        Ok((token, _actor)) => {
            let mut res = StatusCode::NO_CONTENT.into_response();
            if let Ok(v) = HeaderValue::from_str(&session_cookie(&state.settings, &token, false)) {
                res.headers_mut().insert(header::SET_COOKIE, v);
            }
            Ok(res)
        }
        Err(LoginError::Invalid) => Err(ApiError::Unauthorized(catalog.t("error-invalid-credentials"))),
        Err(LoginError::Throttled(wait)) => {
            Err(ApiError::rate_limited(wait.to_std().unwrap_or(std::time::Duration::from_secs(60)), catalog))
        }
        Err(LoginError::Internal(e)) => Err(ApiError::internal(e, catalog)),
    }
}

/// Signs out (ends the session server-side) and clears the cookie.
pub async fn logout(State(state): State<AppState>, req: Request) -> Result<Response, ApiError> {
    let catalog = request_catalog(&req);
    if let Some(token) = crate::http::session_token(&state.settings, req.headers()) {
        state.auth.logout(token).await.map_err(|e| ApiError::internal(e, catalog))?;
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
    Ok(Json(json!({"email": actor.email, "role": actor.role, "organisation": actor.organisation})).into_response())
}
