//! Staff case API: the queue, one case, and the work on it (assign, transition, notes,
//! determination, retaliation review, letters), employers, notifications, and the calculator.
//! Authorised per actor in the service, audited there.

use super::ApiError;
use super::wire::{
    AccessLog, AliasAdded, Assigned, BulkAssigned, Calculation, CaseList, Decided, DeterminationRecorded,
    EmployerLinked, Moved, NoteAdded, Notifications, Reviewed, StaffRefusals,
};
use crate::infra::pdf::letters::LetterKind;
use crate::services::auth::Actor;
use crate::services::cases::CaseError;
use crate::services::cases::queue::Filter;
use crate::web::state::{AppState, parts_catalog, signed_in};
use axum::{
    Json,
    extract::{FromRequest, FromRequestParts, Path, Query, Request, State},
    http::{HeaderValue, StatusCode, header, request::Parts},
    response::{IntoResponse, Response},
};
use reclamo_app::i18n::Catalog;
use reclamo_shared::case_view::CaseView;
use reclamo_shared::case_view::EmployerRecord;
use reclamo_shared::remedy::{CalcInput, CalcJurisdiction, WorkPeriod};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::json;

/// The signed-in staff member or advocate and the caller's language (401 when signed out).
pub struct Staff(pub Actor, pub &'static Catalog);

impl FromRequestParts<AppState> for Staff {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Staff, ApiError> {
        let catalog = parts_catalog(parts);
        let actor = signed_in(state, &parts.headers)
            .await
            .ok_or_else(|| ApiError::Unauthorized(catalog.t("error-signed-out")))?;
        Ok(Staff(actor, catalog))
    }
}

/// [`Staff`] plus a JSON body of type `T` (an empty body reads as `{}`); 422 when unreadable.
pub struct StaffJson<T>(pub Actor, pub &'static Catalog, pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for StaffJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<StaffJson<T>, ApiError> {
        let (mut parts, body) = req.into_parts();
        let Staff(actor, catalog) = Staff::from_request_parts(&mut parts, state).await?;
        let unreadable = || ApiError::Unreadable(catalog.t("error-invalid-request"));
        let bytes = axum::body::to_bytes(body, 1024 * 1024).await.map_err(|_| unreadable())?;
        let bytes: &[u8] = if bytes.is_empty() { b"{}" } else { &bytes };
        let value = super::error::read_json(bytes, catalog)?;
        Ok(StaffJson(actor, catalog, value))
    }
}

fn field_error(field: &str, code: &str, message: String) -> ApiError {
    ApiError::Invalid(json!({field: [{"code": code, "message": message}]}))
}

/// An evidence refusal: 413 too large, 409 when the case is full or closed, else 422 on `file`.
pub fn evidence_refusal(e: crate::services::evidence::EvidenceError, message: String) -> ApiError {
    use crate::services::evidence::EvidenceError;
    match e {
        EvidenceError::TooLarge(_) => ApiError::TooLarge(message),
        EvidenceError::TooMany(_) => ApiError::ConflictWith("too_many_files", message),
        EvidenceError::Closed => ApiError::ConflictWith("closed", message),
        other => ApiError::Invalid(json!({"file": [{"code": other.code(), "message": message}]})),
    }
}

/// Maps a case-service failure to the API's answer, in the caller's language.
pub fn map_err(e: CaseError, catalog: &'static Catalog) -> ApiError {
    let Some(message) = crate::web::words::case_error(&e, catalog) else { return ApiError::failure(e, catalog) };
    match e {
        CaseError::NotFound => ApiError::NotFound(message),
        CaseError::TwoFactorPending => ApiError::Forbidden("two_factor_required", message),
        CaseError::Forbidden => ApiError::Forbidden("forbidden", message),
        CaseError::NotAssignee => ApiError::Forbidden("not_assignee", message),
        CaseError::OwnDetermination => ApiError::Forbidden("own_determination", message),
        CaseError::Invalid(field) => field_error(field, "invalid", catalog.t("error-case-invalid")),
        CaseError::Calc(code) => field_error("work_periods", code, message),
        CaseError::Move(m) => ApiError::ConflictWith(m.code(), message),
        CaseError::NeedsApproval => ApiError::ConflictWith("needs_approved_determination", message),
        CaseError::WrongStage => ApiError::ConflictWith("wrong_stage", message),
        CaseError::NothingPending => ApiError::ConflictWith("nothing_pending", message),
        CaseError::NotProposed => ApiError::ConflictWith("referral_not_proposed", message),
        CaseError::OwnProposal => ApiError::Forbidden("own_proposal", message),
        CaseError::NothingDue => ApiError::ConflictWith("nothing_due", message),
        CaseError::Evidence(e) => evidence_refusal(e, message),
        other => ApiError::failure(other, catalog),
    }
}

/// `GET /api/v1/cases` (filters as query parameters; `next_cursor` pages on).
#[utoipa::path(get, path = "/cases", tag = "staff", summary = "The case queue: open cases, urgent (retaliation) first, then first-contact deadline, then age", security(("session" = [])), params(Filter),
    responses((status = 200, body = CaseList), StaffRefusals))]
pub(super) async fn list(
    State(state): State<AppState>,
    Query(f): Query<Filter>,
    Staff(actor, catalog): Staff,
) -> Result<Response, ApiError> {
    let page = state.cases.list(&actor, &f).await.map_err(|e| map_err(e, catalog))?;
    Ok(Json(CaseList { cases: page.cases, next_cursor: page.next_cursor }).into_response())
}

/// `GET /api/v1/cases/{id}`
#[utoipa::path(get, path = "/cases/{id}", tag = "staff", summary = "One case in full (personal data opened; the read is audited); advocates get their own narrower view", security(("session" = [])), params(("id" = i64, Path, description = "Case id")),
    responses((status = 200, body = CaseView), StaffRefusals))]
pub(super) async fn get(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Staff(actor, catalog): Staff,
) -> Result<Response, ApiError> {
    let case = state.cases.get(&actor, id).await.map_err(|e| map_err(e, catalog))?;
    Ok(Json(case).into_response())
}

/// `GET /api/v1/cases/{id}/access-log`
#[utoipa::path(get, path = "/cases/{id}/access-log", tag = "staff", summary = "Who read or changed the case (supervisors)", security(("session" = [])), params(("id" = i64, Path, description = "Case id")),
    responses((status = 200, body = AccessLog), StaffRefusals))]
pub(super) async fn access_log(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Staff(actor, catalog): Staff,
) -> Result<Response, ApiError> {
    let entries = state.cases.access_log(&actor, id).await.map_err(|e| map_err(e, catalog))?;
    Ok(Json(AccessLog { entries }).into_response())
}

#[derive(Deserialize, utoipa::ToSchema)]
pub(super) struct AssignBody {
    /// The assignee's email.
    assignee_email: String,
}

/// `POST /api/v1/cases/{id}/assign {assignee_email}`
#[utoipa::path(post, path = "/cases/{id}/assign", tag = "staff", summary = "Assign the case", security(("session" = [])), params(("id" = i64, Path, description = "Case id")), request_body = AssignBody,
    responses((status = 200, body = Assigned), StaffRefusals))]
pub(super) async fn assign(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    StaffJson(actor, catalog, b): StaffJson<AssignBody>,
) -> Result<Response, ApiError> {
    state.cases.assign(&actor, id, &b.assignee_email).await.map_err(|e| map_err(e, catalog))?;
    Ok(Json(Assigned { id, assignee: b.assignee_email.trim().to_lowercase() }).into_response())
}

#[derive(Deserialize, utoipa::ToSchema)]
pub(super) struct BulkAssignBody {
    /// Case ids.
    ids: Vec<i64>,
    /// The assignee's email.
    assignee_email: String,
}

/// `POST /api/v1/cases/assign {ids, assignee_email}` (supervisors)
#[utoipa::path(post, path = "/cases/assign", tag = "staff", summary = "Assign many cases (supervisors)", security(("session" = [])), request_body = BulkAssignBody,
    responses((status = 200, body = BulkAssigned), StaffRefusals))]
pub(super) async fn assign_many(
    State(state): State<AppState>,
    StaffJson(actor, catalog, b): StaffJson<BulkAssignBody>,
) -> Result<Response, ApiError> {
    let n = state.cases.assign_many(&actor, &b.ids, &b.assignee_email).await.map_err(|e| map_err(e, catalog))?;
    Ok(Json(BulkAssigned { assigned: n }).into_response())
}

#[derive(Deserialize, utoipa::ToSchema)]
pub(super) struct TransitionBody {
    /// The status to move to: received, triage, investigating, determination, resolved, closed.
    to: String,
    /// When resolving: paid, referred_collection, referred_agency, withdrawn, unfounded.
    #[serde(default)]
    resolution: Option<String>,
    /// Why (required for some moves).
    #[serde(default)]
    reason: String,
}

/// `POST /api/v1/cases/{id}/transition {to, resolution?, reason}`: 409 for an illegal move.
#[utoipa::path(post, path = "/cases/{id}/transition", tag = "staff", summary = "Move the case through the workflow", security(("session" = [])), params(("id" = i64, Path, description = "Case id")), request_body = TransitionBody,
    responses((status = 200, body = Moved), StaffRefusals))]
pub(super) async fn transition(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    StaffJson(actor, catalog, b): StaffJson<TransitionBody>,
) -> Result<Response, ApiError> {
    let to = state
        .cases
        .transition(&actor, id, &b.to, b.resolution.as_deref(), &b.reason)
        .await
        .map_err(|e| map_err(e, catalog))?;
    Ok(Json(Moved { id, status: to, resolution: b.resolution }).into_response())
}

#[derive(Deserialize, utoipa::ToSchema)]
pub(super) struct NoteBody {
    /// The note.
    body: String,
    /// Shown on the worker's status page (default no).
    #[serde(default)]
    visible_to_worker: bool,
}

/// `POST /api/v1/cases/{id}/notes {body, visible_to_worker}`
#[utoipa::path(post, path = "/cases/{id}/notes", tag = "staff", summary = "Add a note (visible_to_worker: shown on the worker's status page)", security(("session" = [])), params(("id" = i64, Path, description = "Case id")), request_body = NoteBody,
    responses((status = 201, body = NoteAdded), StaffRefusals))]
pub(super) async fn add_note(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    StaffJson(actor, catalog, b): StaffJson<NoteBody>,
) -> Result<Response, ApiError> {
    let note = state.cases.add_note(&actor, id, &b.body, b.visible_to_worker).await.map_err(|e| map_err(e, catalog))?;
    Ok((StatusCode::CREATED, Json(NoteAdded { id: note, visible_to_worker: b.visible_to_worker })).into_response())
}

/// A work period as the API takes it: hours as a number (up to two decimals), money in cents.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct PeriodBody {
    /// First day.
    start: chrono::NaiveDate,
    /// Last day.
    end: chrono::NaiveDate,
    /// Hours worked (up to two decimals).
    #[schema(value_type = f64)]
    hours: serde_json::Number,
    /// Of those, overtime hours.
    #[serde(default)]
    #[schema(value_type = Option<f64>)]
    overtime_hours: Option<serde_json::Number>,
    /// Paid for the period, cents.
    paid_cents: i64,
    /// Promised hourly rate, cents (default: the minimum wage).
    #[serde(default)]
    promised_hourly_cents: Option<i64>,
    /// Tipped worker.
    #[serde(default)]
    tipped: bool,
}

/// The calculator's input as the API takes it.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct CalcBody {
    /// `denver` (default) or `colorado`.
    #[serde(default = "denver")]
    jurisdiction: CalcJurisdiction,
    /// Interest runs to this date (default today).
    as_of: Option<chrono::NaiveDate>,
    /// Work periods (at most 500).
    work_periods: Vec<PeriodBody>,
    /// Confirmed instances of retaliation by kind, e.g.
    /// `[{"kind": "immigration_threat", "instances": 1}]`; each kind's tier decides the lines it
    /// adds, and each line names the kind and instance it comes from. When recording a
    /// determination with none given, the instances confirmed in the case's reviews are used.
    #[serde(default)]
    retaliation: Vec<reclamo_shared::remedy::RetaliationCount>,
    /// Deprecated: confirmed instances of an unrecorded kind, counted as `other_threat`.
    #[serde(default)]
    #[schema(deprecated)]
    retaliation_instances: u32,
    /// Days the retaliation lasted.
    #[serde(default)]
    retaliation_days: u32,
    /// Employees affected (default 1).
    #[serde(default)]
    employees: Option<u32>,
    /// Unpaid 14 days after a written demand.
    #[serde(default)]
    written_demand_unpaid_14_days: bool,
    /// Willful.
    #[serde(default)]
    willful: bool,
    /// A violation within the last five years.
    #[serde(default)]
    prior_violation_within_5_years: bool,
}

fn denver() -> CalcJurisdiction {
    CalcJurisdiction::Denver
}

/// Hours as hundredths, read from the number's decimal text (no floating point).
fn hundredths(n: &serde_json::Number) -> Option<i64> {
    reclamo_shared::money::Cents::parse_dollars(&n.to_string()).map(|c| c.0)
}

impl CalcBody {
    /// The shared calculator input.
    pub fn into_input(self) -> Option<CalcInput> {
        let mut periods = vec![];
        for p in self.work_periods {
            periods.push(WorkPeriod {
                start: p.start,
                end: p.end,
                hours_hundredths: hundredths(&p.hours)?,
                overtime_hours_hundredths: match &p.overtime_hours {
                    Some(n) => hundredths(n)?,
                    None => 0,
                },
                paid: reclamo_shared::money::Cents(p.paid_cents),
                promised_hourly: p.promised_hourly_cents.map(reclamo_shared::money::Cents),
                tipped: p.tipped,
            });
        }
        Some(CalcInput {
            jurisdiction: self.jurisdiction,
            as_of: self.as_of.unwrap_or_else(|| chrono::Utc::now().date_naive()),
            work_periods: periods,
            retaliation: self.retaliation,
            retaliation_instances: self.retaliation_instances,
            retaliation_days: self.retaliation_days,
            employees: self.employees.unwrap_or(1).max(1),
            written_demand_unpaid_14_days: self.written_demand_unpaid_14_days,
            willful: self.willful,
            prior_violation_within_5_years: self.prior_violation_within_5_years,
            // Set by the service from its configuration.
            policy_escalation_percent: None,
        })
    }
}

fn calc_input(b: CalcBody, catalog: &'static Catalog) -> Result<CalcInput, ApiError> {
    b.into_input().ok_or_else(|| field_error("work_periods", "invalid_number", catalog.t("error-case-invalid")))
}

/// `POST /api/v1/calculations`: the remedy calculator (staff; nothing stored).
#[utoipa::path(post, path = "/calculations", tag = "staff", summary = "The remedy calculator: lines with citations and the total (nothing stored)", security(("session" = [])), request_body = CalcBody,
    responses((status = 200, body = Calculation), StaffRefusals))]
pub(super) async fn calculate(
    State(state): State<AppState>,
    StaffJson(actor, catalog, b): StaffJson<CalcBody>,
) -> Result<Response, ApiError> {
    let input = calc_input(b, catalog)?;
    let calc = state.cases.calculate(&actor, input).map_err(|e| map_err(e, catalog))?;
    Ok(Json(Calculation {
        lines: calc.lines,
        total_cents: calc.total_cents,
        unpaid_wages_cents: calc.unpaid_wages_cents,
    })
    .into_response())
}

/// `POST /api/v1/cases/{id}/determination` (calculator input): records a pending determination.
#[utoipa::path(post, path = "/cases/{id}/determination", tag = "staff", summary = "Record a determination from the calculator (pending until another supervisor approves)", security(("session" = [])), params(("id" = i64, Path, description = "Case id")), request_body = CalcBody,
    responses((status = 201, body = DeterminationRecorded), StaffRefusals))]
pub(super) async fn determination(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    StaffJson(actor, catalog, b): StaffJson<CalcBody>,
) -> Result<Response, ApiError> {
    let input = calc_input(b, catalog)?;
    let (det, calc) = state.cases.record_determination(&actor, id, input).await.map_err(|e| map_err(e, catalog))?;
    Ok((
        StatusCode::CREATED,
        Json(DeterminationRecorded {
            id: det,
            state: "pending".to_owned(),
            lines: calc.lines,
            total_cents: calc.total_cents,
        }),
    )
        .into_response())
}

#[derive(Deserialize, utoipa::ToSchema)]
pub(super) struct DecideBody {
    /// Approve (default) or return.
    #[serde(default = "yes")]
    approve: bool,
}

fn yes() -> bool {
    true
}

/// `POST /api/v1/cases/{id}/determination/approve {approve}` (supervisors)
#[utoipa::path(post, path = "/cases/{id}/determination/approve", tag = "staff", summary = "Approve or return the pending determination (supervisors; not one's own)", security(("session" = [])), params(("id" = i64, Path, description = "Case id")), request_body = DecideBody,
    responses((status = 200, body = Decided), StaffRefusals))]
pub(super) async fn decide(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    StaffJson(actor, catalog, b): StaffJson<DecideBody>,
) -> Result<Response, ApiError> {
    state.cases.decide_determination(&actor, id, b.approve).await.map_err(|e| map_err(e, catalog))?;
    let state = if b.approve { "approved" } else { "returned" }.to_owned();
    Ok(Json(Decided { id, state }).into_response())
}

#[derive(Deserialize, utoipa::ToSchema)]
pub(super) struct ReviewBody {
    /// immigration_threat, termination, hours_or_pay_cut, violence_or_intimidation, blacklisting,
    /// other_threat.
    kind: String,
    /// `confirmed` or `dismissed`.
    decision: String,
    /// Confirmed instances (default 1).
    #[serde(default)]
    instances: Option<u32>,
    /// Why.
    #[serde(default)]
    reason: String,
}

/// `POST /api/v1/cases/{id}/retaliation/review {kind, decision: confirmed|dismissed, instances, reason}`
#[utoipa::path(post, path = "/cases/{id}/retaliation/review", tag = "staff", summary = "Confirm or dismiss a retaliation kind, with a reason", security(("session" = [])), params(("id" = i64, Path, description = "Case id")), request_body = ReviewBody,
    responses((status = 200, body = Reviewed), StaffRefusals))]
pub(super) async fn review(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    StaffJson(actor, catalog, b): StaffJson<ReviewBody>,
) -> Result<Response, ApiError> {
    let confirmed = match b.decision.as_str() {
        "confirmed" => true,
        "dismissed" => false,
        _ => return Err(field_error("decision", "invalid", catalog.t("error-case-invalid"))),
    };
    state
        .cases
        .review_retaliation(&actor, id, &b.kind, confirmed, b.instances.unwrap_or(1), &b.reason)
        .await
        .map_err(|e| map_err(e, catalog))?;
    retaliation_now(&state, &actor, id, catalog).await
}

/// The case's priority and retaliation (review and referrals) after a change.
async fn retaliation_now(
    state: &AppState,
    actor: &Actor,
    id: i64,
    catalog: &'static Catalog,
) -> Result<Response, ApiError> {
    match state.cases.get(actor, id).await.map_err(|e| map_err(e, catalog))? {
        CaseView::Staff(case) => {
            Ok(Json(Reviewed { priority: case.priority, retaliation: case.retaliation }).into_response())
        }
        CaseView::Advocate(_) => Err(ApiError::NotFound(catalog.t("not-found-body"))),
    }
}

#[derive(Deserialize, utoipa::ToSchema)]
pub(super) struct ReferralBody {
    /// Approve (`true`) or decline (`false`).
    approve: bool,
    /// Why.
    #[serde(default)]
    reason: String,
}

/// `POST /api/v1/cases/{id}/referrals/{destination} {approve, reason}` (supervisors)
#[utoipa::path(post, path = "/cases/{id}/referrals/{destination}", tag = "staff", summary = "Approve or decline a proposed referral, with a reason (supervisors; the letter is then made for a person to send: nothing is sent automatically)", security(("session" = [])),
    params(("id" = i64, Path, description = "Case id"), ("destination" = String, Path, description = "colorado_ag or federal_forced_labor (there is no other destination)")), request_body = ReferralBody,
    responses((status = 200, body = Reviewed), StaffRefusals))]
pub(super) async fn refer(
    State(state): State<AppState>,
    Path((id, destination)): Path<(i64, String)>,
    StaffJson(actor, catalog, b): StaffJson<ReferralBody>,
) -> Result<Response, ApiError> {
    let destination = reclamo_shared::referral::Destination::from_code(&destination)
        .ok_or_else(|| ApiError::NotFound(catalog.t("not-found-body")))?;
    state
        .cases
        .decide_referral(&actor, id, destination, b.approve, &b.reason)
        .await
        .map_err(|e| map_err(e, catalog))?;
    retaliation_now(&state, &actor, id, catalog).await
}

/// `GET /api/v1/cases/{id}/letters/{kind}.pdf`
#[utoipa::path(get, path = "/cases/{id}/letters/{file}", tag = "staff", summary = "A letter as PDF: notice (to the employer), demand, determination (English and the worker's language), approved referrals", security(("session" = [])), params(("id" = i64, Path, description = "Case id"), ("file" = String, Path, description = "notice.pdf, demand.pdf, determination.pdf, or referral-colorado_ag.pdf / referral-federal_forced_labor.pdf once a supervisor approved that referral")),
    responses((status = 200, description = "The letter", content_type = "application/pdf", body = Vec<u8>), StaffRefusals))]
pub(super) async fn letter(
    State(state): State<AppState>,
    Path((id, file)): Path<(i64, String)>,
    Staff(actor, catalog): Staff,
) -> Result<Response, ApiError> {
    let kind = file
        .strip_suffix(".pdf")
        .and_then(LetterKind::from_code)
        .ok_or_else(|| ApiError::NotFound(catalog.t("not-found-body")))?;
    let pdf =
        state.cases.letter(&actor, id, kind, crate::web::render::letter_pdf).await.map_err(|e| map_err(e, catalog))?;
    Ok(pdf_response(pdf, &format!("reclamo-{}-{id}.pdf", kind.code())))
}

/// A PDF download.
pub fn pdf_response(pdf: Vec<u8>, filename: &str) -> Response {
    let mut res = pdf.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

/// `GET /api/v1/employers/{id}`
#[utoipa::path(get, path = "/employers/{id}", tag = "staff", summary = "An employer's record: names, addresses, related businesses, complaints, repeat count (supervisors)", security(("session" = [])), params(("id" = i64, Path, description = "Employer id")),
    responses((status = 200, body = EmployerRecord), StaffRefusals))]
pub(super) async fn employer(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Staff(actor, catalog): Staff,
) -> Result<Response, ApiError> {
    let e = state.cases.employer(&actor, id).await.map_err(|e| map_err(e, catalog))?;
    Ok(Json(e).into_response())
}

#[derive(Deserialize, utoipa::ToSchema)]
pub(super) struct LinkBody {
    /// The related business's name.
    related_name: String,
    /// general_contractor, staffing_agency, subcontractor or client.
    kind: String,
}

/// `POST /api/v1/employers/{id}/links {related_name, kind}`
#[utoipa::path(post, path = "/employers/{id}/links", tag = "staff", summary = "Link a related business for joint liability (supervisors; audited)", security(("session" = [])), params(("id" = i64, Path, description = "Employer id")), request_body = LinkBody,
    responses((status = 201, body = EmployerLinked), StaffRefusals))]
pub(super) async fn link_employer(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    StaffJson(actor, catalog, b): StaffJson<LinkBody>,
) -> Result<Response, ApiError> {
    let other =
        state.cases.link_employer(&actor, id, &b.related_name, &b.kind).await.map_err(|e| map_err(e, catalog))?;
    Ok((StatusCode::CREATED, Json(EmployerLinked { employer_id: id, related_employer_id: other, kind: b.kind }))
        .into_response())
}

#[derive(Deserialize, utoipa::ToSchema)]
pub(super) struct AliasBody {
    /// The other name.
    name: String,
}

/// `POST /api/v1/employers/{id}/aliases {name}`
#[utoipa::path(post, path = "/employers/{id}/aliases", tag = "staff", summary = "Another name the employer is known by (supervisors; audited)", security(("session" = [])), params(("id" = i64, Path, description = "Employer id")), request_body = AliasBody,
    responses((status = 201, body = AliasAdded), StaffRefusals))]
pub(super) async fn add_alias(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    StaffJson(actor, catalog, b): StaffJson<AliasBody>,
) -> Result<Response, ApiError> {
    state.cases.add_alias(&actor, id, &b.name).await.map_err(|e| map_err(e, catalog))?;
    Ok((StatusCode::CREATED, Json(AliasAdded { employer_id: id, alias: b.name.trim().to_owned() })).into_response())
}

/// `GET /api/v1/notifications`: this user's unread notifications.
#[utoipa::path(get, path = "/notifications", tag = "staff", summary = "This user's unread notifications", security(("session" = [])),
    responses((status = 200, body = Notifications), StaffRefusals))]
pub(super) async fn notifications(
    State(state): State<AppState>,
    Staff(actor, catalog): Staff,
) -> Result<Response, ApiError> {
    let list = state.cases.notifications(&actor).await.map_err(|e| map_err(e, catalog))?;
    Ok(Json(Notifications { notifications: list }).into_response())
}
