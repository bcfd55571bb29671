//! `/api/v1/disposals`: disposal of closed cases past their retention, by two people (a supervisor
//! proposes, an admin who is not the proposer approves; the hourly job carries it out).

use super::ApiError;
use super::cases::{Staff, map_err};
use super::wire::{Disposals, StaffRefusals};
use crate::web::state::AppState;
use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use reclamo_shared::case_view::DisposalBatch;

/// `POST /api/v1/disposals`: propose every due case as one batch.
#[utoipa::path(post, path = "/disposals", tag = "staff", summary = "Propose every closed case past its retention for disposal, as one batch (supervisors and admins; 409 nothing_due when none is due)", security(("session" = [])),
    responses((status = 201, body = DisposalBatch), StaffRefusals))]
pub(super) async fn propose(State(state): State<AppState>, Staff(actor, catalog): Staff) -> Result<Response, ApiError> {
    let batch = state.cases.propose_disposal(&actor, chrono::Utc::now()).await.map_err(|e| map_err(e, catalog))?;
    Ok((StatusCode::CREATED, Json(batch)).into_response())
}

/// `POST /api/v1/disposals/{id}/approve`
#[utoipa::path(post, path = "/disposals/{id}/approve", tag = "staff", summary = "Approve a proposed batch (admins; never the person who proposed it: 403 own_proposal)", security(("session" = [])),
    params(("id" = i64, Path, description = "Batch id")),
    responses((status = 200, body = DisposalBatch), StaffRefusals))]
pub(super) async fn approve(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Staff(actor, catalog): Staff,
) -> Result<Response, ApiError> {
    let batch = state.cases.approve_disposal(&actor, id).await.map_err(|e| map_err(e, catalog))?;
    Ok(Json(batch).into_response())
}

/// `GET /api/v1/disposals`
#[utoipa::path(get, path = "/disposals", tag = "staff", summary = "Disposal batches, newest first (supervisors and admins)", security(("session" = [])),
    responses((status = 200, body = Disposals), StaffRefusals))]
pub(super) async fn list(State(state): State<AppState>, Staff(actor, catalog): Staff) -> Result<Response, ApiError> {
    let disposals = state.cases.disposals(&actor).await.map_err(|e| map_err(e, catalog))?;
    Ok(Json(Disposals { disposals }).into_response())
}
