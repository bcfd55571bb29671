//! The API's response bodies and error shapes as types: the handlers serialise these and the
//! OpenAPI document (`/api/v1/openapi.json`) is generated from them and from the routes, so the
//! document cannot drift from what the server answers.

use reclamo_shared::case_view::{AccessEntry, CaseRetaliation, CaseSummary, Notification, Priority};
use reclamo_shared::complaint::CaseStatus;
use reclamo_shared::remedy::Line;
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// An error: a stable code and a message in the caller's language.
#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    /// The error.
    pub error: ErrorDetail,
}

/// Code and message of an [`ErrorBody`].
#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable code (`not_found`, `rate_limited`, `busy`, `illegal_transition`, ...).
    pub code: String,
    /// In the caller's language (`Accept-Language`, `?lang=` or the language cookie).
    pub message: String,
}

/// Per-field problems (422). A body that is not JSON is reported on the field `body`.
#[derive(Serialize, ToSchema)]
pub struct FieldErrorsBody {
    /// Dotted field name (`employer.name`) to its problems.
    pub errors: BTreeMap<String, Vec<FieldProblem>>,
}

/// One problem with one field.
#[derive(Serialize, ToSchema)]
pub struct FieldProblem {
    /// `required`, `too_long`, `invalid_phone`, ..., or `invalid_type` for a JSON value of the
    /// wrong type.
    pub code: String,
    /// In the caller's language.
    pub message: String,
    /// With `invalid_type`: the JSON type the field takes (`text`, `number`, `boolean`, `list`,
    /// `object`, `other`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
}

/// A filed complaint's receipt.
#[derive(Serialize, ToSchema)]
pub struct Receipt {
    /// 10 digits, the last a Damm check digit.
    pub tracking_code: String,
    /// 15 digits; shown once, stored only as a hash.
    pub access_code: String,
    /// The new case's status.
    pub status: CaseStatus,
}

/// What a worker sees of their complaint.
#[derive(Serialize, ToSchema)]
pub struct WorkerStatus {
    /// The tracking code.
    pub tracking_code: String,
    /// Current status.
    pub status: CaseStatus,
    /// When it was filed.
    pub filed_at: chrono::DateTime<chrono::Utc>,
    /// Worker-visible events, oldest first.
    pub timeline: Vec<WorkerEvent>,
}

/// One worker-visible event.
#[derive(Serialize, ToSchema)]
pub struct WorkerEvent {
    /// When.
    pub at: chrono::DateTime<chrono::Utc>,
    /// `filed`, `status_changed`, `note`, ...
    pub kind: String,
    /// The status it moved to, for status changes.
    pub status: Option<CaseStatus>,
    /// A note shared with the worker.
    pub note: Option<String>,
}

/// Who is signed in.
#[derive(Serialize, ToSchema)]
pub struct Me {
    /// Work email.
    pub email: String,
    /// Role code.
    pub role: String,
    /// The advocate's organisation.
    pub organisation: Option<String>,
    /// Two-factor state.
    pub two_factor: TwoFactorState,
}

/// Two-factor state of the signed-in user.
#[derive(Serialize, ToSchema)]
pub struct TwoFactorState {
    /// Two-factor sign-in is on.
    pub enabled: bool,
    /// Set-up is required before anything else.
    pub required_now: bool,
}

/// Two-factor enrolment started.
#[derive(Serialize, ToSchema)]
pub struct TotpStarted {
    /// The `otpauth://` URI for an authenticator app.
    pub otpauth_uri: String,
    /// The same as a QR code (SVG).
    pub qr_svg: String,
}

/// Two-factor enrolment confirmed.
#[derive(Serialize, ToSchema)]
pub struct RecoveryCodes {
    /// One-time recovery codes, shown once.
    pub recovery_codes: Vec<String>,
}

/// A page of the queue.
#[derive(Serialize, ToSchema)]
pub struct CaseList {
    /// Cases, urgent first, then by first-contact deadline, then age.
    pub cases: Vec<CaseSummary>,
    /// Pass as `cursor` for the next page.
    pub next_cursor: Option<String>,
}

/// A case's access history.
#[derive(Serialize, ToSchema)]
pub struct AccessLog {
    /// Newest first.
    pub entries: Vec<AccessEntry>,
}

/// A case assigned.
#[derive(Serialize, ToSchema)]
pub struct Assigned {
    /// Case id.
    pub id: i64,
    /// The assignee's email.
    pub assignee: String,
}

/// Cases assigned in bulk.
#[derive(Serialize, ToSchema)]
pub struct BulkAssigned {
    /// How many.
    pub assigned: usize,
}

/// A workflow move done.
#[derive(Serialize, ToSchema)]
pub struct Moved {
    /// Case id.
    pub id: i64,
    /// The new status.
    pub status: CaseStatus,
    /// The resolution, when resolved.
    pub resolution: Option<String>,
}

/// A note added.
#[derive(Serialize, ToSchema)]
pub struct NoteAdded {
    /// Note id.
    pub id: i64,
    /// Shown on the worker's status page.
    pub visible_to_worker: bool,
}

/// The calculator's answer.
#[derive(Serialize, ToSchema)]
pub struct Calculation {
    /// Lines with their citations.
    pub lines: Vec<Line>,
    /// Total, cents.
    pub total_cents: i64,
    /// Of which unpaid wages, cents.
    pub unpaid_wages_cents: i64,
}

/// A determination recorded (pending approval).
#[derive(Serialize, ToSchema)]
pub struct DeterminationRecorded {
    /// Determination id.
    pub id: i64,
    /// `pending`.
    pub state: String,
    /// Lines with their citations.
    pub lines: Vec<Line>,
    /// Total, cents.
    pub total_cents: i64,
}

/// A determination decided.
#[derive(Serialize, ToSchema)]
pub struct Decided {
    /// Case id.
    pub id: i64,
    /// `approved` or `returned`.
    pub state: String,
}

/// A case's files.
#[derive(Serialize, ToSchema)]
pub struct EvidenceList {
    /// Oldest first.
    pub evidence: Vec<reclamo_shared::case_view::EvidenceItem>,
}

/// A retaliation review recorded: the case's priority and retaliation now.
#[derive(Serialize, ToSchema)]
pub struct Reviewed {
    /// Priority after the review.
    pub priority: Priority,
    /// Retaliation after the review.
    pub retaliation: CaseRetaliation,
}

/// A related business linked.
#[derive(Serialize, ToSchema)]
pub struct EmployerLinked {
    /// This employer.
    pub employer_id: i64,
    /// The related employer's record.
    pub related_employer_id: i64,
    /// `general_contractor`, `staffing_agency`, `subcontractor` or `client`.
    pub kind: String,
}

/// An alias added.
#[derive(Serialize, ToSchema)]
pub struct AliasAdded {
    /// The employer.
    pub employer_id: i64,
    /// The new name.
    pub alias: String,
}

/// Disposal batches.
#[derive(Serialize, ToSchema)]
pub struct Disposals {
    /// Newest first.
    pub disposals: Vec<reclamo_shared::case_view::DisposalBatch>,
}

/// Unread notifications.
#[derive(Serialize, ToSchema)]
pub struct Notifications {
    /// Newest first.
    pub notifications: Vec<Notification>,
}

/// The refusals every staff endpoint may answer (documentation of the responses; the handlers
/// answer with [`super::ApiError`], which writes these bodies).
#[allow(dead_code)]
#[derive(utoipa::IntoResponses)]
pub enum StaffRefusals {
    /// Not signed in (code `unauthorized`).
    #[response(status = 401)]
    NotSignedIn(ErrorBody),
    /// Signed in, but this role may not, the case is not theirs to work (`not_assignee`), or
    /// two-factor set-up is pending (`two_factor_required`).
    #[response(status = 403)]
    Forbidden(ErrorBody),
    /// No such case, or not one this user may see.
    #[response(status = 404)]
    NotFound(ErrorBody),
    /// Refused by the workflow; the code says why (`illegal_transition`, `reason_required`,
    /// `resolution_required`, `needs_approved_determination`, `wrong_stage`, `nothing_pending`).
    #[response(status = 409)]
    Conflict(ErrorBody),
    /// Invalid input, per field.
    #[response(status = 422)]
    Invalid(FieldErrorsBody),
    /// The database stayed busy past a short wait; nothing was written (`busy`, Retry-After).
    #[response(status = 503)]
    Busy(ErrorBody),
}

/// The refusals of the workers' status and receipt endpoints.
#[allow(dead_code)]
#[derive(utoipa::IntoResponses)]
pub enum WorkerRefusals {
    /// Unknown tracking code or wrong access code (indistinguishable).
    #[response(status = 404)]
    NotFound(ErrorBody),
    /// The body is not JSON of this shape.
    #[response(status = 422)]
    Invalid(FieldErrorsBody),
    /// Too many attempts from this address or on this tracking code (`rate_limited`,
    /// Retry-After).
    #[response(status = 429)]
    RateLimited(ErrorBody),
    /// The database stayed busy past a short wait (`busy`, Retry-After).
    #[response(status = 503)]
    Busy(ErrorBody),
}
