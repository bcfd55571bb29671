//! Staff access to cases: every method takes the [`Actor`] and decides per case. Investigators see
//! cases assigned to them and the unassigned queue; supervisors and admins see all; advocates see
//! only cases their organisation filed. A case the actor may not see answers "not found", never
//! "forbidden", so its existence is not confirmed. Every read of personal data is audit-logged.

pub mod batching;
pub mod blind;
pub mod disposal;
pub mod employers;
pub mod evidence;
pub mod facts;
pub mod letters;
pub mod overdue;
pub mod queue;
pub mod referrals;
pub mod rescreen;
pub mod rules;
pub mod work;

use crate::infra::audit::{self, Entry};
use crate::infra::crypto::{CryptoError, MasterKey};
use crate::infra::db::Db;
use crate::infra::entities::{audit_log, complaint, complaint_key, complaint_violation, organisation, staff_user};
use crate::services::auth::{Actor, Role};
use reclamo_shared::case_view::{
    AccessEntry, AdvocateCaseView, CaseDetail, CaseEmployer, CaseJob, CaseRetaliation, CaseSummary, CaseView,
    FlagSummary, Period, Priority,
};
use reclamo_shared::complaint::Contact;
use reclamo_shared::complaint::{CaseStatus, Channel};
use reclamo_shared::retaliation::Signal;
use reclamo_shared::workflow::Resolution;
use sea_orm::{ColumnTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

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
    /// Working a case (moving it, noting, reviewing, determining, writing to the employer) is
    /// for its assignee or a supervisor: take the case first.
    #[error("not the case's assignee")]
    NotAssignee,
    /// The supervisor who would approve a determination recorded it: another must decide.
    #[error("own determination")]
    OwnDetermination,
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
    /// The referral is not proposed for this case (no confirmed threat about immigration with
    /// wages unpaid).
    #[error("referral not proposed")]
    NotProposed,
    /// An evidence file was refused.
    #[error("evidence: {0}")]
    Evidence(crate::services::evidence::EvidenceError),
    /// The calculator refused the input (its error code).
    #[error("calculation: {0}")]
    Calc(&'static str),
    /// The person who proposed a disposal cannot also approve it.
    #[error("own proposal")]
    OwnProposal,
    /// No closed case is past its retention.
    #[error("nothing due")]
    NothingDue,
    /// Anything else (a blocking task failed, a PDF could not be made).
    #[error("internal: {0}")]
    Internal(String),
}

impl crate::infra::db::MaybeBusy for CaseError {
    fn is_busy(&self) -> bool {
        matches!(self, CaseError::Db(e) if crate::infra::db::is_busy(e))
    }
}

/// The case service.
#[derive(Clone)]
pub struct CaseService {
    db: Db,
    master: Arc<MasterKey>,
    /// Key of the narrative blind index (derived from the master key).
    blind_key: [u8; 32],
    /// The policy's escalation for immigration threats, in percent (`RECLAMO_POLICY_ESCALATION_PERCENT`).
    policy_escalation_percent: u32,
    /// Days a closed case keeps its personal data (`RECLAMO_RETENTION_DAYS`).
    retention_days: u32,
    /// Where disposals are appended (`RECLAMO_DISPOSAL_LOG_FILE`).
    disposal_log: Option<std::path::PathBuf>,
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
        CaseService {
            db,
            master,
            blind_key,
            policy_escalation_percent: reclamo_shared::remedy::POLICY_ESCALATION_PERCENT,
            retention_days: reclamo_shared::privacy::RETENTION_DAYS,
            disposal_log: None,
        }
    }

    /// The same service appending every disposal to `log`.
    pub fn with_disposal_log(mut self, log: std::path::PathBuf) -> CaseService {
        self.disposal_log = Some(log);
        self
    }

    /// The same service with closed cases due for disposal `days` after closing.
    pub fn with_retention_days(mut self, days: u32) -> CaseService {
        self.retention_days = days;
        self
    }

    /// The same service with the policy's escalation for immigration threats at `percent`.
    pub fn with_policy_escalation_percent(mut self, percent: u32) -> CaseService {
        self.policy_escalation_percent = percent;
        self
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

    /// The case, personal data decrypted; the read is audit-logged (field names only). Staff get
    /// the whole case; advocates the allow-listed view of a case their organisation filed.
    #[tracing::instrument(skip_all, fields(case = id))]
    pub async fn get(&self, actor: &Actor, id: i64) -> Result<CaseView, CaseError> {
        let row = self.visible(actor, id).await?;
        let key = complaint_key::Entity::find_by_id(row.id).one(&self.db).await?;
        let case = row.tracking_code.clone();
        let dk = match &key {
            Some(k) => Some(self.master.unwrap_key(&k.key_id, &case, &k.wrapped_key)?),
            None => None,
        };
        let (contact, narrative, details, signals, facts, disposed) = match &dk {
            Some(dk) => {
                let contact: Option<Contact> = self
                    .open_text(dk, &case, "contact", &row.contact_ct)?
                    .and_then(|json| serde_json::from_str(&json).ok());
                let signals: Option<Vec<Signal>> = match &row.screening_ct {
                    Some(ct) => serde_json::from_slice(&dk.open(&case, "screening", ct)?).ok(),
                    None => Some(vec![]),
                };
                (
                    contact,
                    self.open_text(dk, &case, "narrative", &row.narrative_ct)?,
                    self.open_text(dk, &case, "retaliation_details", &row.retaliation_details_ct)?,
                    signals,
                    facts::Facts::open(dk, &row)?,
                    false,
                )
            }
            // Key destroyed: the personal data is gone for good (crypto-shredded).
            None => (None, None, None, None, facts::Facts::default(), true),
        };
        audit::record(
            &self.db,
            Entry {
                actor_user_id: Some(actor.user_id),
                actor_email: Some(actor.email.clone()),
                action: "read_personal_data".into(),
                complaint_id: Some(row.id),
                detail: Some("contact,narrative,retaliation_details,screening,facts,notes,timeline".into()),
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
        let work = self.work_view(&row, dk.as_ref()).await?;
        let assignee = match row.assignee_id {
            Some(uid) => staff_user::Entity::find_by_id(uid).one(&self.db).await?.map(|u| u.email),
            None => None,
        };
        let (related, prior) = match row.employer_id {
            Some(eid) => (
                self.links_of(eid).await?,
                employers::prior_violations(&self.db, eid, Some(row.id), chrono::Utc::now()).await?,
            ),
            None => (vec![], 0),
        };
        let status = status_of(&row);
        let detail = CaseDetail {
            id: row.id,
            tracking_code: row.tracking_code.clone(),
            status,
            resolution: row.resolution.as_deref().and_then(Resolution::from_code),
            next_statuses: reclamo_shared::workflow::next_statuses(status).to_vec(),
            resolutions: reclamo_shared::workflow::resolutions_from(status).to_vec(),
            assignee,
            assignee_id: row.assignee_id,
            notice_sent_on: row.notice_sent_on,
            timeline: work.timeline,
            notes: work.notes,
            determinations: work.determinations,
            deadlines: work.deadlines,
            priority: priority_of(&row),
            language: row.language.clone(),
            channel: channel_of(&row),
            filed_by: row.filed_by.clone(),
            organisation,
            anonymous: row.anonymous,
            created_at: row.created_at,
            employer: CaseEmployer {
                id: row.employer_id,
                related,
                violations_within_5_years: prior,
                repeat_offender: prior >= 1,
                name: row.employer_name.clone(),
                address: row.employer_address.clone(),
                phone: row.employer_phone.clone(),
                industry: row.employer_industry.clone(),
                supervisor: facts.supervisor,
                staffing_agency: row.staffing_agency.clone(),
                agency_name: row.agency_name.clone(),
            },
            job: CaseJob {
                role: facts.job_role,
                start: row.job_start,
                end: row.job_end,
                still_employed: row.still_employed.clone(),
                pay_rate_cents: row.pay_rate_cents,
                pay_basis: row.pay_basis.clone(),
                pay_frequency: row.pay_frequency.clone(),
                usual_hours: row.usual_hours,
                paid_cash: row.paid_cash.clone(),
            },
            violations,
            period: Period { start: row.period_start, end: row.period_end },
            estimated_owed_cents: row.estimated_owed_cents,
            coworkers_affected: row.coworkers_affected,
            retaliation_answers: facts.answers,
            retaliation: CaseRetaliation {
                flagged: row.retaliation_flagged,
                kinds: facts.kinds,
                signals,
                review: work.reviews,
                referrals: work.referrals,
            },
            first_contact_due: row.first_contact_due,
            contact,
            narrative,
            retaliation_details: details,
            personal_data_disposed: disposed,
        };
        // Advocates follow the case as the worker does, through their own allow-listed view.
        Ok(if actor.role == Role::Advocate {
            CaseView::Advocate(Box::new(AdvocateCaseView::from(&detail)))
        } else {
            CaseView::Staff(Box::new(detail))
        })
    }

    /// Cases with this tracking code that the actor may see (summaries: no personal data, no audit).
    pub async fn find_by_tracking_code(&self, actor: &Actor, code: &str) -> Result<Vec<CaseSummary>, CaseError> {
        if !actor.may_act() {
            return Err(CaseError::TwoFactorPending);
        }
        let digits = reclamo_shared::codes::code_digits(code).unwrap_or_default();
        let rows = complaint::Entity::find().filter(complaint::Column::TrackingCode.eq(digits)).all(&self.db).await?;
        self.summaries(rows.into_iter().filter(|r| may_see(actor, r)).collect()).await
    }

    /// Who looked at or changed a case, and when (supervisors and admins only).
    pub async fn access_log(&self, actor: &Actor, id: i64) -> Result<Vec<AccessEntry>, CaseError> {
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
            .map(|e| AccessEntry { at: e.at, actor: e.actor_email, action: e.action, detail: e.detail })
            .collect())
    }
}

/// The row's status (an unreadable code reads as `received`, the start).
pub(crate) fn status_of(row: &complaint::Model) -> CaseStatus {
    CaseStatus::from_code(&row.status).unwrap_or(CaseStatus::Received)
}

/// The row's priority.
pub(crate) fn priority_of(row: &complaint::Model) -> Priority {
    Priority::from_code(&row.priority).unwrap_or(Priority::Normal)
}

/// The row's channel.
pub(crate) fn channel_of(row: &complaint::Model) -> Channel {
    Channel::from_code(&row.channel).unwrap_or(Channel::Web)
}

/// The queue's flag: the coarse marker only (which kinds is sealed, in the case view).
pub(crate) fn flag_of(row: &complaint::Model) -> FlagSummary {
    FlagSummary { flagged: row.retaliation_flagged, kinds: vec![] }
}
