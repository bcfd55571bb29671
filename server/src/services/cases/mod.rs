//! Staff access to cases: every method takes the [`Actor`] and decides per case. Investigators see
//! cases assigned to them and the unassigned queue; supervisors and admins see all; advocates see
//! only cases their organisation filed. A case the actor may not see answers "not found", never
//! "forbidden", so its existence is not confirmed. Every read of personal data is audit-logged.

pub mod blind;
pub mod employers;
pub mod letters;
pub mod queue;
pub mod rescreen;
pub mod rules;
pub mod work;

use crate::infra::audit::{self, Entry};
use crate::infra::crypto::{CryptoError, MasterKey};
use crate::infra::db::Db;
use crate::infra::entities::{audit_log, complaint, complaint_key, complaint_violation, organisation, staff_user};
use crate::services::auth::{Actor, Role};
use reclamo_shared::complaint::Contact;
use sea_orm::{ColumnTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};
use std::sync::Arc;

/// Why a case operation failed.
#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    /// No such case, or not one this actor may see.
    #[error("not found")]
    NotFound,
    /// The account must finish two-factor set-up first.
    #[error("two-factor set-up required")]
    TwoFactorPending,
    /// Database.
    #[error("database: {0}")]
    Db(#[from] DbErr),
    /// A ciphertext or key did not open (tampering or a wrong master key).
    #[error("crypto: {0}")]
    Crypto(#[from] CryptoError),
    /// This actor may see the case but not do this (e.g. an investigator approving).
    #[error("forbidden")]
    Forbidden,
    /// A field of the request is missing or wrong (its code).
    #[error("invalid: {0}")]
    Invalid(&'static str),
    /// The workflow does not allow this move.
    #[error("workflow: {0}")]
    Move(reclamo_shared::workflow::MoveError),
    /// Resolving as paid or collection needs a supervisor-approved determination first.
    #[error("needs an approved determination")]
    NeedsApproval,
    /// A determination can only be recorded while investigating or deciding.
    #[error("wrong stage for a determination")]
    WrongStage,
    /// There is no pending determination to decide.
    #[error("nothing pending")]
    NothingPending,
    /// The calculator refused the input (its error code).
    #[error("calculation: {0}")]
    Calc(&'static str),
    /// Anything else (a blocking task failed, a PDF could not be made).
    #[error("internal: {0}")]
    Internal(String),
}

impl crate::infra::db::MaybeBusy for CaseError {
    fn is_busy(&self) -> bool {
        matches!(self, CaseError::Db(e) if crate::infra::db::is_busy(e))
    }
}

impl CaseError {
    /// What to tell the person, in their language, when the refusal is theirs to fix (a
    /// workflow rule, a field, their role); `None` for failures that are ours (logged, 500).
    pub fn user_message(&self, c: &reclamo_app::i18n::Catalog) -> Option<String> {
        use reclamo_shared::workflow::MoveError;
        let status = |s: reclamo_shared::complaint::CaseStatus| c.t(&format!("case-status-{}", s.code()));
        Some(match self {
            CaseError::NotFound => c.t("not-found-body"),
            CaseError::TwoFactorPending => c.t("error-totp-required"),
            CaseError::Forbidden => c.t("error-forbidden"),
            CaseError::Invalid(field) => c.t_args("error-case-field", &[("field", field)]),
            CaseError::Move(MoveError::Illegal { from, to }) => {
                c.t_args("error-move-illegal_transition", &[("from", &status(*from)), ("to", &status(*to))])
            }
            CaseError::Move(m) => c.t(&format!("error-move-{}", m.code())),
            CaseError::NeedsApproval => c.t("error-needs-approval"),
            CaseError::WrongStage => c.t("error-wrong-stage"),
            CaseError::NothingPending => c.t("error-nothing-pending"),
            CaseError::Calc(code) => c.t(&format!("error-calc-{code}")),
            CaseError::Db(_) | CaseError::Crypto(_) | CaseError::Internal(_) => return None,
        })
    }
}

/// The case service.
#[derive(Clone)]
pub struct CaseService {
    db: Db,
    master: Arc<MasterKey>,
    /// Key of the narrative blind index (derived from the master key).
    blind_key: [u8; 32],
}

/// Purpose string of the blind-index key (see [`blind`]).
pub const BLIND_INDEX_PURPOSE: &str = "reclamo blind index v1";

/// Whether `actor` may see this complaint at all.
pub fn may_see(actor: &Actor, c: &complaint::Model) -> bool {
    match actor.role {
        Role::Supervisor | Role::Admin => true,
        Role::Investigator => c.assignee_id.is_none() || c.assignee_id == Some(actor.user_id),
        Role::Advocate => c.organisation_id.is_some() && c.organisation_id == actor.organisation_id,
    }
}

impl CaseService {
    /// A service over this database and master key.
    pub fn new(db: Db, master: Arc<MasterKey>) -> CaseService {
        let blind_key = master.subkey(BLIND_INDEX_PURPOSE);
        CaseService { db, master, blind_key }
    }

    pub(crate) async fn visible(&self, actor: &Actor, id: i64) -> Result<complaint::Model, CaseError> {
        if !actor.may_act() {
            return Err(CaseError::TwoFactorPending);
        }
        let row = complaint::Entity::find_by_id(id).one(&self.db).await?.ok_or(CaseError::NotFound)?;
        if may_see(actor, &row) { Ok(row) } else { Err(CaseError::NotFound) }
    }

    fn open_text(
        &self,
        dk: &crate::infra::crypto::DataKey,
        case: &str,
        field: &str,
        ct: &Option<Vec<u8>>,
    ) -> Result<Option<String>, CaseError> {
        match ct {
            Some(bytes) => Ok(Some(String::from_utf8_lossy(&dk.open(case, field, bytes)?).into_owned())),
            None => Ok(None),
        }
    }

    /// The whole case, personal data decrypted; the read is audit-logged (field names only).
    #[tracing::instrument(skip_all, fields(case = id))]
    pub async fn get(&self, actor: &Actor, id: i64) -> Result<Value, CaseError> {
        let row = self.visible(actor, id).await?;
        let key = complaint_key::Entity::find_by_id(row.id).one(&self.db).await?;
        let case = row.tracking_code.clone();
        let dk = match &key {
            Some(k) => Some(self.master.unwrap_key(&case, &k.wrapped_key)?),
            None => None,
        };
        let (contact, narrative, details, signals, disposed) = match &dk {
            Some(dk) => {
                let contact: Option<Contact> = self
                    .open_text(dk, &case, "contact", &row.contact_ct)?
                    .and_then(|json| serde_json::from_str(&json).ok());
                let signals: Value = match &row.screening_ct {
                    Some(ct) => serde_json::from_slice(&dk.open(&case, "screening", ct)?).unwrap_or(Value::Null),
                    None => json!([]),
                };
                (
                    contact,
                    self.open_text(dk, &case, "narrative", &row.narrative_ct)?,
                    self.open_text(dk, &case, "retaliation_details", &row.retaliation_details_ct)?,
                    signals,
                    false,
                )
            }
            // Key destroyed: the personal data is gone for good (crypto-shredded).
            None => (None, None, None, Value::Null, true),
        };
        audit::record(
            &self.db,
            Entry {
                actor_user_id: Some(actor.user_id),
                actor_email: Some(actor.email.clone()),
                action: "read_personal_data".into(),
                complaint_id: Some(row.id),
                detail: Some("contact,narrative,retaliation_details,screening,notes,timeline".into()),
            },
        )
        .await?;
        let violations: Vec<String> = complaint_violation::Entity::find()
            .filter(complaint_violation::Column::ComplaintId.eq(row.id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|v| v.code)
            .collect();
        let organisation = match row.organisation_id {
            Some(oid) => organisation::Entity::find_by_id(oid).one(&self.db).await?.map(|o| o.name),
            None => None,
        };
        let mut work = self.work_view(&row, dk.as_ref()).await?;
        if actor.role == Role::Advocate {
            // Advocates follow the case as the worker does: status changes and notes marked
            // visible to the worker; never internal notes, reasons or determinations in progress.
            if let Some(notes) = work["notes"].as_array_mut() {
                notes.retain(|n| n["visible_to_worker"] == true);
            }
            if let Some(events) = work["timeline"].as_array_mut() {
                events.retain(|e| e["visible_to_worker"] == true);
                for e in events.iter_mut() {
                    e["reason"] = Value::Null;
                    e["actor"] = Value::Null;
                }
            }
            work["determinations"] = json!([]);
            work["reviews"] = json!([]);
        }
        let reviews = work["reviews"].clone();
        let assignee = match row.assignee_id {
            Some(uid) => staff_user::Entity::find_by_id(uid).one(&self.db).await?.map(|u| u.email),
            None => None,
        };
        let (employer_record, prior) = match row.employer_id {
            Some(eid) => (
                self.links_of(eid).await?,
                employers::prior_violations(&self.db, eid, Some(row.id), chrono::Utc::now()).await?,
            ),
            None => (vec![], 0),
        };
        let from = reclamo_shared::complaint::CaseStatus::from_code(&row.status)
            .unwrap_or(reclamo_shared::complaint::CaseStatus::Received);
        let next: Vec<&str> = reclamo_shared::workflow::next_statuses(from).iter().map(|s| s.code()).collect();
        let resolutions: Vec<&str> =
            reclamo_shared::workflow::resolutions_from(from).iter().map(|r| r.code()).collect();
        Ok(json!({
            "id": row.id,
            "tracking_code": row.tracking_code,
            "status": row.status,
            "resolution": row.resolution,
            "next_statuses": next,
            "resolutions": resolutions,
            "assignee": assignee,
            "notice_sent_on": row.notice_sent_on,
            "timeline": work["timeline"],
            "notes": work["notes"],
            "determinations": work["determinations"],
            "deadlines": work["deadlines"],
            "priority": row.priority,
            "language": row.language,
            "channel": row.channel,
            "filed_by": row.filed_by,
            "organisation": organisation,
            "anonymous": row.anonymous,
            "assignee_id": row.assignee_id,
            "created_at": row.created_at.to_rfc3339(),
            "employer": {
                "id": row.employer_id, "related": employer_record, "violations_within_5_years": prior,
                "repeat_offender": prior >= 1,
                "name": row.employer_name, "address": row.employer_address, "phone": row.employer_phone,
                "industry": row.employer_industry, "supervisor": row.employer_supervisor,
                "staffing_agency": row.staffing_agency, "agency_name": row.agency_name,
            },
            "job": {
                "role": row.job_role, "start": row.job_start, "end": row.job_end, "still_employed": row.still_employed,
                "pay_rate_cents": row.pay_rate_cents, "pay_basis": row.pay_basis, "pay_frequency": row.pay_frequency,
                "usual_hours": row.usual_hours, "paid_cash": row.paid_cash,
            },
            "violations": violations,
            "period": {"start": row.period_start, "end": row.period_end},
            "estimated_owed_cents": row.estimated_owed_cents,
            "coworkers_affected": row.coworkers_affected,
            "retaliation_answers": {
                "immigration_threat": row.ret_immigration_threat, "status_report_threat": row.ret_status_report_threat,
                "fired": row.ret_fired, "hours_cut": row.ret_hours_cut, "violence": row.ret_violence,
                "blacklist": row.ret_blacklist,
            },
            "retaliation": {
                "flagged": row.retaliation_kinds.is_some(),
                "kinds": row.retaliation_kinds.as_deref().map(|k| k.split(',').collect::<Vec<_>>()).unwrap_or_default(),
                "signals": signals,
                "review": reviews,
            },
            "first_contact_due": row.first_contact_due,
            "contact": contact,
            "narrative": narrative,
            "retaliation_details": details,
            "personal_data_disposed": disposed,
        }))
    }

    /// Cases with this tracking code that the actor may see (summaries: no personal data, no audit).
    pub async fn find_by_tracking_code(&self, actor: &Actor, code: &str) -> Result<Vec<Value>, CaseError> {
        if !actor.may_act() {
            return Err(CaseError::TwoFactorPending);
        }
        let digits = reclamo_shared::codes::code_digits(code).unwrap_or_default();
        let rows = complaint::Entity::find().filter(complaint::Column::TrackingCode.eq(digits)).all(&self.db).await?;
        Ok(rows
            .into_iter()
            .filter(|r| may_see(actor, r))
            .map(|r| {
                json!({"id": r.id, "tracking_code": r.tracking_code, "status": r.status, "priority": r.priority,
                       "retaliation": {"flagged": r.retaliation_kinds.is_some()},
                       "employer": {"name": r.employer_name}, "created_at": r.created_at.to_rfc3339()})
            })
            .collect())
    }

    /// Who looked at or changed a case, and when (supervisors and admins only).
    pub async fn access_log(&self, actor: &Actor, id: i64) -> Result<Vec<Value>, CaseError> {
        let row = self.visible(actor, id).await?;
        if !matches!(actor.role, Role::Supervisor | Role::Admin) {
            return Err(CaseError::NotFound);
        }
        Ok(audit_log::Entity::find()
            .filter(audit_log::Column::ComplaintId.eq(row.id))
            .order_by_asc(audit_log::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|e| json!({"at": e.at.to_rfc3339(), "actor": e.actor_email, "action": e.action, "detail": e.detail}))
            .collect())
    }
}
