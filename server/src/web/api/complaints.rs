//! `POST /api/v1/complaints` and `POST /api/v1/complaints/{tracking_code}/status`.

use super::ApiError;
use super::wire::{ErrorBody, FieldErrorsBody, Receipt, WorkerEvent, WorkerRefusals, WorkerStatus};
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
use sha2::{Digest, Sha256};

/// Files a complaint from JSON. `Idempotency-Key` makes retries land once.
#[utoipa::path(post, path = "/complaints", tag = "workers",
    summary = "File a complaint",
    params(("Idempotency-Key" = Option<String>, Header, description = "Retries with the same key and body return the first receipt (header Idempotent-Replayed: true); the same key with another body is 409. At most 255 characters.")),
    request_body = ComplaintInput,
    responses(
        (status = 201, description = "Filed", body = Receipt),
        (status = 409, description = "Idempotency key reused with other content", body = ErrorBody),
        (status = 422, description = "Invalid; nothing stored", body = FieldErrorsBody),
        (status = 429, description = "Too many submissions from this address (Retry-After)", body = ErrorBody),
        (status = 503, description = "The database stayed busy past a short wait; nothing stored (Retry-After)", body = ErrorBody)))]
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
    let door = Door { channel: Channel::Api, actor, client: ip.into(), idempotency };
    // A body that is not JSON of the complaint's shape never reaches the door: it files nothing.
    let input: ComplaintInput = super::error::read_json(&body, catalog)?;
    let receipt = state.intake.file(door, input).await.map_err(|e| intake_error(e, catalog))?;
    let mut res = (
        StatusCode::CREATED,
        Json(Receipt {
            tracking_code: receipt.tracking_code.as_str().to_owned(),
            access_code: receipt.access_code.as_str().to_owned(),
            status: receipt.status,
        }),
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
#[derive(Deserialize, utoipa::ToSchema)]
pub struct StatusRequest {
    /// The 15-digit access code from the receipt (spaces and dashes allowed).
    access_code: String,
    /// Receipt language (default: the request's language): en, es, vi, ar, am, so, zh-Hans.
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
#[utoipa::path(post, path = "/complaints/{tracking_code}/receipt", tag = "workers",
    summary = "Download the receipt PDF",
    params(("tracking_code" = String, Path, description = "10 digits")),
    request_body = StatusRequest,
    responses((status = 200, description = "The receipt", content_type = "application/pdf", body = Vec<u8>), WorkerRefusals))]
pub async fn receipt(
    State(state): State<AppState>,
    Path(tracking_code): Path<String>,
    req: Request,
) -> Result<Response, ApiError> {
    let (view, access, request, catalog) = verified(&state, &tracking_code, req).await?;
    let language = request.language.as_deref().and_then(i18n::by_code).unwrap_or(catalog);
    let tracking = view.tracking_code.clone();
    let retention = state.settings.retention_days;
    let bytes =
        crate::web::render::receipt_pdf(view, language, request.include_access_code.then_some(&access), retention)
            .await
            .map_err(|e| ApiError::internal(e, catalog))?;
    Ok(crate::web::render::pdf_response(bytes, &tracking))
}

/// A worker's status check. Unknown tracking codes and wrong access codes answer the same 404.
#[utoipa::path(post, path = "/complaints/{tracking_code}/status", tag = "workers",
    summary = "Check a complaint's status",
    params(("tracking_code" = String, Path, description = "10 digits")),
    request_body = StatusRequest,
    responses((status = 200, description = "Status and worker-visible timeline", body = WorkerStatus), WorkerRefusals))]
pub async fn status(
    State(state): State<AppState>,
    Path(tracking_code): Path<String>,
    req: Request,
) -> Result<Response, ApiError> {
    let (view, _, _, _) = verified(&state, &tracking_code, req).await?;
    let timeline = view
        .timeline
        .iter()
        .map(|e| WorkerEvent { at: e.at, kind: e.kind.clone(), status: e.status, note: e.note.clone() })
        .collect();
    Ok(Json(WorkerStatus {
        tracking_code: view.tracking_code.as_str().to_owned(),
        status: view.status,
        filed_at: view.filed_at,
        timeline,
    })
    .into_response())
}
