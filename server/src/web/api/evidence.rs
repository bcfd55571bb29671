//! Evidence over the API: a worker adds a file with the two codes; staff who may see the case
//! list its files, open one (streamed chunk by chunk, audited) and add their own. Uploads are
//! `multipart/form-data`, read in bounded memory (see [`crate::web::upload`]).

use super::ApiError;
use super::cases::{Staff, evidence_refusal, map_err};
use super::complaints::intake_error;
use super::wire::{EvidenceList, StaffRefusals, WorkerRefusals};
use crate::services::cases::CaseError;
use crate::services::evidence::{EvidenceError, Upload};
use crate::services::intake::{Door, IntakeError};
use crate::web::pages::evidence_limits;
use crate::web::state::{AppState, client_ip, request_catalog, signed_in};
use crate::web::upload::{UploadForm, read_upload};
use axum::{
    Json,
    body::Body,
    extract::{Path, Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use reclamo_app::i18n::Catalog;
use reclamo_shared::case_view::EvidenceItem;
use reclamo_shared::complaint::Channel;

/// The multipart form of an upload, for the API description.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub(super) struct WorkerUpload {
    /// The 15-digit access code from the receipt.
    access_code: String,
    /// The file: a photo (JPEG, PNG, WebP), a PDF or audio (m4a/aac, ogg/opus, mp3, wav); judged
    /// by its content, at most `RECLAMO_EVIDENCE_MAX_MB`.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    /// What it is (screened for retaliation like the narrative).
    description: Option<String>,
}

/// The multipart form of a staff upload, for the API description.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub(super) struct StaffUpload {
    /// The file (as for workers).
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    /// What it is.
    description: Option<String>,
}

/// Reads the upload, answering 413 past the limit and 422 when it is not a multipart form.
async fn read(state: &AppState, req: Request, catalog: &'static Catalog) -> Result<(UploadForm, Upload), ApiError> {
    let limits = evidence_limits(state);
    let mut form = read_upload(req, "file", limits.max_bytes)
        .await
        .map_err(|_| ApiError::Unreadable(catalog.t("error-invalid-request")))?;
    if form.too_large {
        let message = crate::web::words::evidence_error(EvidenceError::TooLarge(limits.max_mb()), catalog);
        return Err(ApiError::TooLarge(message));
    }
    let upload = Upload {
        bytes: form.file.take().unwrap_or_default(),
        description: Some(form.get("description").to_owned()),
        declared: form.declared.clone(),
    };
    Ok((form, upload))
}

/// `POST /api/v1/complaints/{tracking_code}/evidence` (multipart: `access_code`, `file`,
/// `description`): a worker adds a file to their complaint.
#[utoipa::path(post, path = "/complaints/{tracking_code}/evidence", tag = "workers",
    summary = "Add a file (photo, PDF, voice note) to a complaint with its two codes",
    params(("tracking_code" = String, Path, description = "10 digits")),
    request_body(content = WorkerUpload, content_type = "multipart/form-data"),
    responses((status = 201, body = EvidenceItem), (status = 413, description = "Larger than the limit: nothing kept", body = super::wire::ErrorBody), WorkerRefusals))]
pub async fn worker_upload(
    State(state): State<AppState>,
    Path(tracking_code): Path<String>,
    req: Request,
) -> Result<Response, ApiError> {
    let catalog = request_catalog(&req);
    let door =
        Door { actor: signed_in(&state, req.headers()).await, ..Door::public(Channel::Api, client_ip(&state, &req)) };
    let (form, upload) = read(&state, req, catalog).await?;
    let (_, proof) =
        state.intake.verify(&door, &tracking_code, form.get("access_code")).await.map_err(|e| match e {
            IntakeError::Invalid(_) => ApiError::NotFound(catalog.t("status-not-found")),
            other => intake_error(other, catalog),
        })?;
    let item = state.cases.add_worker_evidence(&proof, upload, evidence_limits(&state)).await.map_err(|e| match e {
        CaseError::Evidence(e) => evidence_refusal(e, crate::web::words::evidence_error(e, catalog)),
        other => map_err(other, catalog),
    })?;
    Ok((StatusCode::CREATED, Json(item)).into_response())
}

/// `POST /api/v1/cases/{id}/evidence` (multipart: `file`, `description`): staff who work the
/// case add a file.
#[utoipa::path(post, path = "/cases/{id}/evidence", tag = "staff", summary = "Add a file to a case (its assignee or a supervisor)", security(("session" = [])),
    params(("id" = i64, Path, description = "Case id")),
    request_body(content = StaffUpload, content_type = "multipart/form-data"),
    responses((status = 201, body = EvidenceItem), (status = 413, description = "Larger than the limit: nothing kept", body = super::wire::ErrorBody), StaffRefusals))]
pub(super) async fn staff_upload(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Staff(actor, catalog): Staff,
    req: Request,
) -> Result<Response, ApiError> {
    let (_, upload) = read(&state, req, catalog).await?;
    let item = state
        .cases
        .add_staff_evidence(&actor, id, upload, evidence_limits(&state))
        .await
        .map_err(|e| map_err(e, catalog))?;
    Ok((StatusCode::CREATED, Json(item)).into_response())
}

/// `GET /api/v1/cases/{id}/evidence`: the case's files (audited).
#[utoipa::path(get, path = "/cases/{id}/evidence", tag = "staff", summary = "The case's files (reading them is audited)", security(("session" = [])),
    params(("id" = i64, Path, description = "Case id")),
    responses((status = 200, body = EvidenceList), StaffRefusals))]
pub(super) async fn list(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Staff(actor, catalog): Staff,
) -> Result<Response, ApiError> {
    let evidence = state.cases.evidence_list(&actor, id).await.map_err(|e| map_err(e, catalog))?;
    Ok(Json(EvidenceList { evidence }).into_response())
}

/// `?size=thumb` asks for a photo's thumbnail.
#[derive(serde::Deserialize, utoipa::IntoParams)]
pub(super) struct FileQuery {
    /// `thumb`: a photo's thumbnail (a JPEG at most 320 pixels on its longest side).
    size: Option<String>,
}

/// `GET /api/v1/cases/{id}/evidence/{evidence_id}`: one file, streamed (audited). Photos are
/// shown inline; PDFs and audio come only as downloads; every answer forbids sniffing and scripts.
#[utoipa::path(get, path = "/cases/{id}/evidence/{evidence_id}", tag = "staff", summary = "One file of the case, streamed (audited)", security(("session" = [])),
    params(("id" = i64, Path, description = "Case id"), ("evidence_id" = i64, Path, description = "Evidence id"), FileQuery),
    responses((status = 200, description = "The file as stored", content_type = "application/octet-stream", body = Vec<u8>), StaffRefusals))]
pub(super) async fn file(
    State(state): State<AppState>,
    Path((id, evidence_id)): Path<(i64, i64)>,
    axum::extract::Query(q): axum::extract::Query<FileQuery>,
    Staff(actor, catalog): Staff,
) -> Result<Response, ApiError> {
    if q.size.as_deref() == Some("thumb") {
        let thumb = state.cases.evidence_thumb(&actor, id, evidence_id).await.map_err(|e| map_err(e, catalog))?;
        let thumb = thumb.ok_or_else(|| ApiError::NotFound(catalog.t("not-found-body")))?;
        let mut res = thumb.into_response();
        let h = res.headers_mut();
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/jpeg"));
        h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("default-src 'none'; sandbox"));
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
        return Ok(res);
    }
    let (item, reader) = state.cases.evidence_file(&actor, id, evidence_id).await.map_err(|e| map_err(e, catalog))?;
    let chunks = reader.chunks;
    let stream = futures_util::stream::unfold((reader, 0i32), move |(reader, seq)| async move {
        if seq >= chunks {
            return None;
        }
        let next = reader.chunk(seq).await.map(axum::body::Bytes::from).map_err(std::io::Error::other);
        Some((next, (reader, seq + 1)))
    });
    let mut res = Body::from_stream(stream).into_response();
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&item.content_type) {
        h.insert(header::CONTENT_TYPE, v);
    }
    if let Ok(v) = HeaderValue::from_str(&item.size_bytes.to_string()) {
        h.insert(header::CONTENT_LENGTH, v);
    }
    let extension = match item.content_type.as_str() {
        "image/jpeg" => "jpg",
        "image/png" => "png",
        "application/pdf" => "pdf",
        "audio/ogg" => "ogg",
        "audio/mpeg" => "mp3",
        "audio/wav" => "wav",
        "audio/aac" => "aac",
        _ => "m4a",
    };
    let disposition = if item.kind == "image" { "inline" } else { "attachment" };
    if let Ok(v) =
        HeaderValue::from_str(&format!("{disposition}; filename=\"evidence-{id}-{evidence_id}.{extension}\""))
    {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("default-src 'none'; sandbox"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok(res)
}
