//! Staff access to cases: every method takes the [`Actor`] and decides per case. Investigators see
//! cases assigned to them and the unassigned queue; supervisors and admins see all; advocates see
//! only cases their organisation filed. A case the actor may not see answers "not found", never
//! "forbidden", so its existence is not confirmed. Every read of personal data is audit-logged.

use crate::audit::{self, Entry};
use crate::auth::{Actor, Role};
use crate::crypto::{CryptoError, MasterKey};
use crate::entities::{audit_log, complaint, complaint_key, complaint_violation, organisation};
use reclamo_shared::complaint::Contact;
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};
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
}

/// The case service.
#[derive(Clone)]
pub struct CaseService {
    db: DatabaseConnection,
    master: Arc<MasterKey>,
}

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
    pub fn new(db: DatabaseConnection, master: Arc<MasterKey>) -> CaseService {
        CaseService { db, master }
    }

    async fn visible(&self, actor: &Actor, id: i64) -> Result<complaint::Model, CaseError> {
        if !actor.may_act() {
            return Err(CaseError::TwoFactorPending);
        }
        let row = complaint::Entity::find_by_id(id).one(&self.db).await?.ok_or(CaseError::NotFound)?;
        if may_see(actor, &row) { Ok(row) } else { Err(CaseError::NotFound) }
    }

    fn open_text(
        &self,
        dk: &crate::crypto::DataKey,
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
        let (contact, narrative, details, signals, disposed) = match key {
            Some(k) => {
                let dk = self.master.unwrap_key(&case, &k.wrapped_key)?;
                let contact: Option<Contact> = self
                    .open_text(&dk, &case, "contact", &row.contact_ct)?
                    .and_then(|json| serde_json::from_str(&json).ok());
                let signals: Value = match &row.screening_ct {
                    Some(ct) => serde_json::from_slice(&dk.open(&case, "screening", ct)?).unwrap_or(Value::Null),
                    None => json!([]),
                };
                (
                    contact,
                    self.open_text(&dk, &case, "narrative", &row.narrative_ct)?,
                    self.open_text(&dk, &case, "retaliation_details", &row.retaliation_details_ct)?,
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
                detail: Some("contact,narrative,retaliation_details,screening".into()),
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
        Ok(json!({
            "id": row.id,
            "tracking_code": row.tracking_code,
            "status": row.status,
            "priority": row.priority,
            "language": row.language,
            "channel": row.channel,
            "filed_by": row.filed_by,
            "organisation": organisation,
            "anonymous": row.anonymous,
            "assignee_id": row.assignee_id,
            "created_at": row.created_at.to_rfc3339(),
            "employer": {
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
                "review": null,
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

    /// Retaliation-flagged cases the actor may see, oldest first (summaries, no personal data).
    pub async fn flagged(&self, actor: &Actor) -> Result<Vec<Value>, CaseError> {
        if !actor.may_act() {
            return Err(CaseError::TwoFactorPending);
        }
        let rows = complaint::Entity::find()
            .filter(complaint::Column::RetaliationKinds.is_not_null())
            .order_by_asc(complaint::Column::FirstContactDue)
            .order_by_asc(complaint::Column::CreatedAt)
            .all(&self.db)
            .await?;
        Ok(rows
            .into_iter()
            .filter(|r| may_see(actor, r))
            .map(|r| {
                json!({"id": r.id, "tracking_code": r.tracking_code, "status": r.status, "priority": r.priority,
                       "retaliation": {"flagged": true, "kinds": r.retaliation_kinds.as_deref().map(|k| k.split(',').collect::<Vec<_>>()).unwrap_or_default()},
                       "first_contact_due": r.first_contact_due,
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
