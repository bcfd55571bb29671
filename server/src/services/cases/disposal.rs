//! Disposal by crypto-shredding, by two people (#14). A closed case is due once its retention
//! (`RECLAMO_RETENTION_DAYS` after `closed_at`) has passed; a supervisor (or admin) proposes every
//! due case as one batch, an admin who is not the proposer approves it, and the daily job (or
//! `reclamo dispose`) carries approved batches out, one transaction per case: the case key and
//! everything sealed with it, the search terms, notes, reviews, referrals, evidence, notifications
//! and queued messages are deleted; the clear facts about the worker's job are emptied; what stays
//! is a tombstone (dates, status and resolution, violation kinds, amounts, the employer), as
//! `reclamo_shared::privacy` classifies it. On SQLite (`secure_delete` on) the WAL is then
//! checkpointed and truncated, so no page of the deleted data stays in the files.

use super::{CaseError, CaseService};
use crate::infra::entities::{
    case_note, complaint, complaint_event, complaint_key, complaint_term, determination, disposal_batch, disposal_item,
    evidence, evidence_chunk, notification, notification_batch, outbox, referral, retaliation_review,
};
use crate::services::auth::{Actor, Role};
use chrono::{DateTime, Duration, Utc};
use reclamo_shared::case_view::DisposalBatch;
use reclamo_shared::complaint::CaseStatus;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseBackend, DbErr, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, QuerySelect, TransactionTrait,
};

impl CaseService {
    /// The cutoff: a case closed before it is due.
    fn disposal_cutoff(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        now - Duration::days(i64::from(self.retention_days))
    }

    /// Closed cases past their retention, not disposed and in no batch still to be carried out.
    async fn due_cases(&self, now: DateTime<Utc>) -> Result<Vec<i64>, CaseError> {
        let pending: Vec<i64> = disposal_batch::Entity::find()
            .filter(disposal_batch::Column::CarriedOutAt.is_null())
            .select_only()
            .column(disposal_batch::Column::Id)
            .into_tuple()
            .all(&self.db)
            .await?;
        let queued: Vec<i64> = disposal_item::Entity::find()
            .filter(disposal_item::Column::BatchId.is_in(pending))
            .select_only()
            .column(disposal_item::Column::ComplaintId)
            .into_tuple()
            .all(&self.db)
            .await?;
        Ok(complaint::Entity::find()
            .filter(complaint::Column::Status.eq(CaseStatus::Closed.code()))
            .filter(complaint::Column::DisposedAt.is_null())
            .filter(complaint::Column::ClosedAt.lte(self.disposal_cutoff(now)))
            .filter(complaint::Column::Id.is_not_in(queued))
            .order_by_asc(complaint::Column::Id)
            .select_only()
            .column(complaint::Column::Id)
            .into_tuple()
            .all(&self.db)
            .await?)
    }

    /// A supervisor or admin proposes every due case as one batch (audited per case).
    pub async fn propose_disposal(&self, actor: &Actor, now: DateTime<Utc>) -> Result<DisposalBatch, CaseError> {
        supervisor_or_admin(actor)?;
        let ids = self.due_cases(now).await?;
        if ids.is_empty() {
            return Err(CaseError::NothingDue);
        }
        let txn = self.db.begin().await?;
        let batch = disposal_batch::ActiveModel {
            proposed_by: Set(actor.email.clone()),
            proposed_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for &id in &ids {
            disposal_item::Entity::insert(disposal_item::ActiveModel {
                batch_id: Set(batch.id),
                complaint_id: Set(id),
                disposed_at: Set(None),
            })
            .exec_without_returning(&txn)
            .await?;
            self.audit(&txn, actor, "disposal_proposed", id, Some(format!("batch {}", batch.id))).await?;
        }
        txn.commit().await?;
        self.batch_view(batch).await
    }

    /// An admin who did not propose the batch approves it (audited per case); the daily job then
    /// carries it out.
    pub async fn approve_disposal(&self, actor: &Actor, id: i64) -> Result<DisposalBatch, CaseError> {
        if !actor.may_act() {
            return Err(CaseError::TwoFactorPending);
        }
        if actor.role != Role::Admin {
            return Err(CaseError::Forbidden);
        }
        let batch = disposal_batch::Entity::find_by_id(id).one(&self.db).await?.ok_or(CaseError::NotFound)?;
        if batch.proposed_by.eq_ignore_ascii_case(&actor.email) {
            return Err(CaseError::OwnProposal);
        }
        if batch.approved_at.is_some() {
            return Err(CaseError::NothingPending);
        }
        let txn = self.db.begin().await?;
        let mut m = batch.clone().into_active_model();
        m.approved_by = Set(Some(actor.email.clone()));
        m.approved_at = Set(Some(Utc::now()));
        let batch = m.update(&txn).await?;
        for item in items(&txn, batch.id).await? {
            self.audit(&txn, actor, "disposal_approved", item.complaint_id, Some(format!("batch {}", batch.id)))
                .await?;
        }
        txn.commit().await?;
        self.batch_view(batch).await
    }

    /// Every batch, newest first (supervisors and admins).
    pub async fn disposals(&self, actor: &Actor) -> Result<Vec<DisposalBatch>, CaseError> {
        supervisor_or_admin(actor)?;
        let batches =
            disposal_batch::Entity::find().order_by_desc(disposal_batch::Column::Id).limit(200).all(&self.db).await?;
        let mut out = Vec::with_capacity(batches.len());
        for b in batches {
            out.push(self.batch_view(b).await?);
        }
        Ok(out)
    }

    async fn batch_view(&self, b: disposal_batch::Model) -> Result<DisposalBatch, CaseError> {
        let items = items(&self.db, b.id).await?;
        Ok(DisposalBatch {
            id: b.id,
            proposed_by: b.proposed_by,
            proposed_at: b.proposed_at,
            approved_by: b.approved_by,
            approved_at: b.approved_at,
            carried_out_at: b.carried_out_at,
            disposed: items.iter().filter(|i| i.disposed_at.is_some()).count(),
            case_ids: items.into_iter().map(|i| i.complaint_id).collect(),
        })
    }

    /// Carries out every approved batch not yet carried out (the daily job and `reclamo
    /// dispose`); returns how many cases were disposed. A case reopened since, or no longer
    /// due, is skipped and stays whole.
    pub async fn carry_out_disposals(&self, now: DateTime<Utc>) -> Result<usize, CaseError> {
        let batches = disposal_batch::Entity::find()
            .filter(disposal_batch::Column::ApprovedAt.is_not_null())
            .filter(disposal_batch::Column::CarriedOutAt.is_null())
            .order_by_asc(disposal_batch::Column::Id)
            .all(&self.db)
            .await?;
        let mut disposed = 0;
        for batch in batches {
            for item in items(&self.db, batch.id).await? {
                let Some(row) = complaint::Entity::find_by_id(item.complaint_id).one(&self.db).await? else {
                    continue;
                };
                let due = row.status == CaseStatus::Closed.code()
                    && row.disposed_at.is_none()
                    && row.closed_at.is_some_and(|at| at <= self.disposal_cutoff(now));
                if !due {
                    continue;
                }
                let txn = self.db.begin().await?;
                dispose(&txn, &row, now).await?;
                disposal_item::Entity::update_many()
                    .col_expr(disposal_item::Column::DisposedAt, Expr::value(now))
                    .filter(disposal_item::Column::BatchId.eq(batch.id))
                    .filter(disposal_item::Column::ComplaintId.eq(row.id))
                    .exec(&txn)
                    .await?;
                audit_disposed(&txn, self.db.audit_key(), row.id, format!("batch {}", batch.id)).await?;
                txn.commit().await?;
                if let Some(log) = &self.disposal_log {
                    // After the commit: a line names only a case that is gone. A failure here is
                    // logged, not fatal (the case is disposed; the next backup will not hold it).
                    if let Err(e) = append_disposal(log, row.id, &row.tracking_code, now) {
                        tracing::error!(error = %e, "disposal log not written");
                    }
                }
                disposed += 1;
            }
            let mut m = batch.into_active_model();
            m.carried_out_at = Set(Some(now));
            m.update(&self.db).await?;
        }
        if disposed > 0 && self.db.get_database_backend() == DatabaseBackend::Sqlite {
            // `secure_delete` zeroed the freed pages; move everything out of the WAL and empty it.
            self.db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)").await?;
        }
        Ok(disposed)
    }
}

/// The audit entry of a disposal carried out by the server (no person: two approved it before).
async fn audit_disposed<C: ConnectionTrait>(
    db: &C,
    key: Option<[u8; 32]>,
    id: i64,
    detail: String,
) -> Result<(), DbErr> {
    crate::infra::audit::record_in(
        db,
        key,
        crate::infra::audit::Entry {
            actor_user_id: None,
            actor_email: None,
            action: "disposed".into(),
            complaint_id: Some(id),
            detail: Some(detail),
        },
    )
    .await
}

/// One line of the disposal log: `disposed <case id> <tracking code> <time>`.
fn append_disposal(log: &std::path::Path, id: i64, tracking: &str, at: DateTime<Utc>) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new().create(true).append(true).open(log)?;
    writeln!(f, "disposed {id} {tracking} {}", at.to_rfc3339())?;
    f.sync_all()
}

/// The cases a disposal log names: (case id, tracking code, when).
pub fn read_disposal_log(log: &std::path::Path) -> std::io::Result<Vec<(i64, String, DateTime<Utc>)>> {
    let text = match std::fs::read_to_string(log) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
        Err(e) => return Err(e),
    };
    Ok(text
        .lines()
        .filter_map(|l| {
            let mut p = l.split(' ');
            (p.next()? == "disposed").then_some(())?;
            let id = p.next()?.parse().ok()?;
            let tracking = p.next()?.to_owned();
            let at = DateTime::parse_from_rfc3339(p.next()?).ok()?.with_timezone(&Utc);
            Some((id, tracking, at))
        })
        .collect())
}

impl CaseService {
    /// Disposes again a case the disposal log names (after a restore from a backup taken before
    /// its disposal); `false` when it is not there or already disposed.
    pub async fn replay_disposal(&self, id: i64, tracking: &str, at: DateTime<Utc>) -> Result<bool, CaseError> {
        let Some(row) = complaint::Entity::find_by_id(id).one(&self.db).await? else { return Ok(false) };
        if row.tracking_code != tracking || row.disposed_at.is_some() {
            return Ok(false);
        }
        let txn = self.db.begin().await?;
        dispose(&txn, &row, at).await?;
        audit_disposed(&txn, self.db.audit_key(), row.id, "replayed from the disposal log at restore".into()).await?;
        txn.commit().await?;
        Ok(true)
    }

    /// Opens every case that still has its key (the key, and the sealed facts, contact and
    /// narrative under it); returns how many opened and the ids of those that did not.
    pub async fn verify_sealed(&self) -> Result<(usize, Vec<i64>), CaseError> {
        let mut ok = 0;
        let mut failed = vec![];
        let rows = complaint::Entity::find().filter(complaint::Column::DisposedAt.is_null()).all(&self.db).await?;
        for row in rows {
            let opened = match self.data_key(&row).await {
                Ok(Some(dk)) => {
                    super::facts::Facts::open(&dk, &row).is_ok()
                        && [("contact", &row.contact_ct), ("narrative", &row.narrative_ct)].iter().all(|(field, ct)| {
                            ct.as_ref().is_none_or(|ct| dk.open(&row.tracking_code, field, ct).is_ok())
                        })
                }
                _ => false,
            };
            if opened {
                ok += 1;
            } else {
                failed.push(row.id);
            }
        }
        Ok((ok, failed))
    }
}

fn supervisor_or_admin(actor: &Actor) -> Result<(), CaseError> {
    if !actor.may_act() {
        return Err(CaseError::TwoFactorPending);
    }
    match actor.role {
        Role::Supervisor | Role::Admin => Ok(()),
        _ => Err(CaseError::Forbidden),
    }
}

async fn items<C: ConnectionTrait>(db: &C, batch: i64) -> Result<Vec<disposal_item::Model>, DbErr> {
    disposal_item::Entity::find()
        .filter(disposal_item::Column::BatchId.eq(batch))
        .order_by_asc(disposal_item::Column::ComplaintId)
        .all(db)
        .await
}

/// One case's disposal, inside the caller's transaction.
async fn dispose<C: ConnectionTrait>(db: &C, row: &complaint::Model, now: DateTime<Utc>) -> Result<(), DbErr> {
    let id = row.id;
    // The key first: whatever else might survive is unreadable from here on.
    complaint_key::Entity::delete_many().filter(complaint_key::Column::ComplaintId.eq(id)).exec(db).await?;
    complaint_term::Entity::delete_many().filter(complaint_term::Column::ComplaintId.eq(id)).exec(db).await?;
    case_note::Entity::delete_many().filter(case_note::Column::ComplaintId.eq(id)).exec(db).await?;
    retaliation_review::Entity::delete_many().filter(retaliation_review::Column::ComplaintId.eq(id)).exec(db).await?;
    referral::Entity::delete_many().filter(referral::Column::ComplaintId.eq(id)).exec(db).await?;
    let files: Vec<i64> = evidence::Entity::find()
        .filter(evidence::Column::ComplaintId.eq(id))
        .select_only()
        .column(evidence::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    evidence_chunk::Entity::delete_many().filter(evidence_chunk::Column::EvidenceId.is_in(files)).exec(db).await?;
    evidence::Entity::delete_many().filter(evidence::Column::ComplaintId.eq(id)).exec(db).await?;
    notification::Entity::delete_many().filter(notification::Column::ComplaintId.eq(id)).exec(db).await?;
    outbox::Entity::delete_many().filter(outbox::Column::ComplaintId.eq(id)).exec(db).await?;
    notification_batch::Entity::update_many()
        .col_expr(notification_batch::Column::PendingComplaintId, Expr::value(Option::<i64>::None))
        .filter(notification_batch::Column::PendingComplaintId.eq(id))
        .exec(db)
        .await?;
    complaint_event::Entity::update_many()
        .col_expr(complaint_event::Column::DetailCt, Expr::value(Option::<Vec<u8>>::None))
        .filter(complaint_event::Column::ComplaintId.eq(id))
        .exec(db)
        .await?;
    determination::Entity::update_many()
        .col_expr(determination::Column::SealedCt, Expr::value(Option::<Vec<u8>>::None))
        .col_expr(determination::Column::InputJson, Expr::value(""))
        .col_expr(determination::Column::LinesJson, Expr::value(""))
        .filter(determination::Column::ComplaintId.eq(id))
        .exec(db)
        .await?;
    // The tombstone: what `reclamo_shared::privacy` classes as public stays.
    let mut m = row.clone().into_active_model();
    m.contact_ct = Set(None);
    m.narrative_ct = Set(None);
    m.retaliation_details_ct = Set(None);
    m.screening_ct = Set(None);
    m.facts_ct = Set(None);
    m.idempotency_key = Set(None);
    m.idempotency_fingerprint = Set(None);
    m.language = Set(String::new());
    m.job_start = Set(None);
    m.job_end = Set(None);
    m.still_employed = Set(None);
    m.pay_rate_cents = Set(None);
    m.pay_basis = Set(None);
    m.pay_frequency = Set(None);
    m.usual_hours = Set(None);
    m.paid_cash = Set(None);
    m.period_start = Set(None);
    m.period_end = Set(None);
    m.estimated_owed_cents = Set(None);
    m.coworkers_affected = Set(None);
    m.filed_by_user_id = Set(None);
    m.retaliation_flagged = Set(false);
    // Urgency said why the case was urgent: the tombstone keeps none.
    m.priority = Set("normal".to_owned());
    m.disposed_at = Set(Some(now));
    m.updated_at = Set(now);
    m.update(db).await?;
    Ok(())
}
