//! `POST /api/v1/complaints` and `POST /api/v1/complaints/{tracking_code}/status`.

use super::ApiError;
use crate::services::intake::{Door, Idempotency, IntakeError};
use crate::web::state::{AppState, client_ip, request_catalog, signed_in};
use axum::{
    Json,
    body::Bytes,
    extract::{Path, Request, State},
    http::{HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use reclamo_app::i18n;
use reclamo_shared::codes::AccessCode;
use reclamo_shared::complaint::{Channel, ComplaintInput};
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};

/// Files a complaint from JSON. `Idempotency-Key` makes retries land once.
pub async fn create(State(state): State<AppState>, req: Request) -> Result<Response, ApiError> {
    let catalog = request_catalog(&req);
    let ip = client_ip(&state, &req);
    let idem_key = req
        .headers()
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|k| !k.is_empty() && k.len() <= 255)
        .map(str::to_owned);
    let actor = signed_in(&state, req.headers()).await;
    let body = axum::body::to_bytes(req.into_body(), state.settings.body_limit)
        .await
        .map_err(|_| ApiError::Unreadable(catalog.t("error-invalid-request")))?;
    let idempotency = idem_key.map(|key| Idempotency { key, fingerprint: fingerprint(&body) });
    let door = Door { channel: Channel::Api, actor, client: ip, idempotency };
    // A body that is not JSON of the complaint's shape never reaches the door: it files nothing.
    let input: ComplaintInput = super::error::read_json(&body, catalog)?;
    let receipt = state.intake.file(door, input).await.map_err(|e| intake_error(e, catalog))?;
    let mut res = (
        StatusCode::CREATED,
        Json(json!({
            "tracking_code": receipt.tracking_code.as_str(),
            "access_code": receipt.access_code.as_str(),
            "status": receipt.status.code(),
        })),
    )
        .into_response();
    if receipt.replayed {
        res.headers_mut().insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    Ok(res)
}

/// The API's answer to an intake refusal, in the caller's language.
pub fn intake_error(e: IntakeError, catalog: &'static i18n::Catalog) -> ApiError {
    match e {
        IntakeError::IdempotencyConflict => ApiError::Conflict(catalog.t("error-invalid-request")),
        IntakeError::RateLimited(retry) => ApiError::rate_limited(retry, catalog),
        IntakeError::Invalid(errors) => ApiError::invalid(&errors, catalog),
        IntakeError::NotFound => ApiError::NotFound(catalog.t("status-not-found")),
        other => ApiError::failure(other, catalog),
    }
}

fn fingerprint(body: &Bytes) -> String {
    hex::encode(Sha256::digest(body))
}

/// The body of a status or receipt request.
#[derive(Deserialize)]
pub struct StatusRequest {
    access_code: String,
    /// Receipt language (default: the request's language).
    #[serde(default)]
    language: Option<String>,
    /// Print the access code on the receipt (default no).
    #[serde(default)]
    include_access_code: bool,
}

/// Verifies the codes (rate-limited like a status check) and returns the worker's view.
async fn verified(
    state: &AppState,
    tracking_code: &str,
    req: Request,
) -> Result<(crate::services::intake::StatusView, AccessCode, StatusRequest, &'static i18n::Catalog), ApiError> {
    let catalog = request_catalog(&req);
    let door =
        Door { actor: signed_in(state, req.headers()).await, ..Door::public(Channel::Api, client_ip(state, &req)) };
    let body = axum::body::to_bytes(req.into_body(), 64 * 1024)
        .await
        .map_err(|_| ApiError::Unreadable(catalog.t("error-invalid-request")))?;
    let request: StatusRequest = super::error::read_json(&body, catalog)?;
    let (view, access) = state.intake.check(&door, tracking_code, &request.access_code).await.map_err(|e| match e {
        // The API names no field for a malformed code: it is simply not found.
        IntakeError::Invalid(_) => ApiError::NotFound(catalog.t("status-not-found")),
        other => intake_error(other, catalog),
    })?;
    Ok((view, access, request, catalog))
}

/// The receipt PDF, in the requested language.
pub async fn receipt(
    State(state): State<AppState>,
    Path(tracking_code): Path<String>,
    req: Request,
) -> Result<Response, ApiError> {
    let (view, access, request, catalog) = verified(&state, &tracking_code, req).await?;
    let language = request.language.as_deref().and_then(i18n::by_code).unwrap_or(catalog);
    let tracking = view.tracking_code.clone();
    let bytes = crate::web::render::receipt_pdf(view, language, request.include_access_code.then_some(&access))
        .await
        .map_err(|e| ApiError::internal(e, catalog))?;
    Ok(crate::web::render::pdf_response(bytes, &tracking))
}

/// A worker's status check. Unknown tracking codes and wrong access codes answer the same 404.
pub async fn status(
    State(state): State<AppState>,
    Path(tracking_code): Path<String>,
    req: Request,
) -> Result<Response, ApiError> {
    let (view, _, _, _) = verified(&state, &tracking_code, req).await?;
    let timeline: Vec<_> = view
        .timeline
        .iter()
        .map(|e| json!({"at": e.at.to_rfc3339(), "kind": e.kind, "status": e.status.map(|s| s.code()), "note": e.note}))
        .collect();
    Ok(Json(json!({
        "tracking_code": view.tracking_code.as_str(),
        "status": view.status.code(),
        "filed_at": view.filed_at.to_rfc3339(),
        "timeline": timeline,
    }))
    .into_response())
}
