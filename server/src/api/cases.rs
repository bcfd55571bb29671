//! Staff case API: `GET /api/v1/cases?tracking_code=`, `GET /api/v1/cases/{id}`,
//! `GET /api/v1/cases/{id}/access-log`. Authorised per actor in the service; audited there.

use super::ApiError;
use crate::auth::Actor;
use crate::cases::CaseError;
use crate::http::{AppState, parts_catalog, signed_in};
use axum::{
    Json,
    extract::{Path, Query, State},
    http::request::Parts,
    response::{IntoResponse, Response},
};
use reclamo_app::i18n::Catalog;
use serde::Deserialize;
use serde_json::json;

async fn actor(state: &AppState, parts: &Parts) -> Result<(Actor, &'static Catalog), ApiError> {
    let catalog = parts_catalog(parts);
    let actor =
        signed_in(state, &parts.headers).await.ok_or_else(|| ApiError::Unauthorized(catalog.t("error-signed-out")))?;
    Ok((actor, catalog))
}

fn map_err(e: CaseError, catalog: &'static Catalog) -> ApiError {
    match e {
        CaseError::NotFound => ApiError::NotFound(catalog.t("not-found-body")),
        CaseError::TwoFactorPending => ApiError::Forbidden("two_factor_required", catalog.t("error-totp-required")),
        other => ApiError::internal(other, catalog),
    }
}

/// List filters.
#[derive(Deserialize)]
pub struct ListQuery {
    tracking_code: Option<String>,
    flag: Option<String>,
}

/// `GET /api/v1/cases?tracking_code=...`
pub async fn list(
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
    parts: Parts,
) -> Result<Response, ApiError> {
    let (actor, catalog) = actor(&state, &parts).await?;
    let cases = match (q.tracking_code, q.flag.as_deref()) {
        (Some(code), _) => state.cases.find_by_tracking_code(&actor, &code).await.map_err(|e| map_err(e, catalog))?,
        (None, Some("retaliation")) => state.cases.flagged(&actor).await.map_err(|e| map_err(e, catalog))?,
        _ => vec![],
    };
    Ok(Json(json!({"cases": cases, "next_cursor": null})).into_response())
}

/// `GET /api/v1/cases/{id}`
pub async fn get(State(state): State<AppState>, Path(id): Path<i64>, parts: Parts) -> Result<Response, ApiError> {
    let (actor, catalog) = actor(&state, &parts).await?;
    let case = state.cases.get(&actor, id).await.map_err(|e| map_err(e, catalog))?;
    Ok(Json(case).into_response())
}

/// `GET /api/v1/cases/{id}/access-log`
pub async fn access_log(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    parts: Parts,
) -> Result<Response, ApiError> {
    let (actor, catalog) = actor(&state, &parts).await?;
    let entries = state.cases.access_log(&actor, id).await.map_err(|e| map_err(e, catalog))?;
    Ok(Json(json!({"entries": entries})).into_response())
}
