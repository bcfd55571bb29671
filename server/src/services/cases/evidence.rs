//! Evidence on a case: workers add files to their own complaint (with the two codes, checked by
//! the intake door), staff who work the case add and open them. Listing and opening are audited
//! like every read of personal data; a description is screened for retaliation like the
//! narrative, and a new flag escalates the case as at filing.

use super::{CaseError, CaseService};
use crate::infra::audit::{self, Entry};
use crate::infra::crypto::DataKey;
use crate::infra::entities::{complaint, evidence as evidence_row};
use crate::services::auth::{Actor, Role};
use crate::services::evidence::{self as files, EvidenceError, EvidenceLimits, Upload};
use crate::services::proof::VerifiedCase;
use reclamo_shared::case_view::EvidenceItem;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};

/// The longest description, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 2000;

/// Reads one stored file chunk by chunk (each chunk opened only when asked for).
pub struct EvidenceReader {
    service: CaseService,
    dk: DataKey,
    case: String,
    id: i64,
    /// Number of chunks.
    pub chunks: i32,
}

impl EvidenceReader {
    /// Chunk `seq` (0-based), opened.
    pub async fn chunk(&self, seq: i32) -> Result<Vec<u8>, CaseError> {
        let row = crate::infra::entities::evidence_chunk::Entity::find_by_id((self.id, seq))
            .one(&self.service.db)
            .await?
            .ok_or(CaseError::Internal(format!("evidence {} chunk {seq} missing", self.id)))?;
        Ok(self.dk.open(&self.case, &files::chunk_field(self.id, seq), &row.ct)?)
    }
}

impl CaseService {
    /// A worker adds a file to their own complaint.
    pub async fn add_worker_evidence(
        &self,
        who: &VerifiedCase,
        upload: Upload,
        limits: EvidenceLimits,
    ) -> Result<EvidenceItem, CaseError> {
        let row = complaint::Entity::find()
            .filter(complaint::Column::TrackingCode.eq(who.tracking_code().as_str()))
            .one(&self.db)
            .await?
            .ok_or(CaseError::NotFound)?;
        self.add_evidence(row, upload, limits, None).await
    }

    /// Staff who work the case (its assignee or a supervisor) add a file.
    pub async fn add_staff_evidence(
        &self,
        actor: &Actor,
        id: i64,
        upload: Upload,
        limits: EvidenceLimits,
    ) -> Result<EvidenceItem, CaseError> {
        let row = self.workable(actor, id).await?;
        super::work::works_on(actor, &row)?;
        self.add_evidence(row, upload, limits, Some(actor)).await
    }

    async fn add_evidence(
        &self,
        row: complaint::Model,
        upload: Upload,
        limits: EvidenceLimits,
        actor: Option<&Actor>,
    ) -> Result<EvidenceItem, CaseError> {
        let dk = self.data_key(&row).await?.ok_or(CaseError::Evidence(EvidenceError::Closed))?;
        if files::count(&self.db, row.id).await? >= u64::from(limits.max_files) {
            return Err(CaseError::Evidence(EvidenceError::TooMany(limits.max_files)));
        }
        let description = upload.description.map(|d| d.trim().to_owned()).filter(|d| !d.is_empty());
        if description.as_ref().is_some_and(|d| d.chars().count() > MAX_DESCRIPTION_CHARS) {
            return Err(CaseError::Invalid("description"));
        }
        let (bytes, declared) = (upload.bytes, upload.declared);
        let prepared = tokio::task::spawn_blocking(move || files::prepare(bytes, declared, limits))
            .await
            .map_err(|e| CaseError::Internal(e.to_string()))?
            .map_err(CaseError::Evidence)?;
        let source = if actor.is_some() { "staff" } else { "worker" };
        let txn = self.db.begin().await?;
        let id = files::store(&txn, &dk, &row.tracking_code, row.id, &prepared, source, description.as_deref()).await?;
        match actor {
            Some(actor) => self.audit(&txn, actor, "evidence_added", row.id, None).await?,
            None => {
                let entry = Entry {
                    actor_user_id: None,
                    actor_email: None,
                    action: "evidence_added_by_worker".into(),
                    complaint_id: Some(row.id),
                    detail: None,
                };
                audit::record_in(&txn, self.db.audit_key(), entry).await?;
            }
        }
        txn.commit().await?;
        if description.is_some() {
            self.rescreen_one(&row, true, "evidence_screened").await?;
        }
        Ok(EvidenceItem {
            id,
            kind: prepared.kind.to_owned(),
            content_type: prepared.content_type.to_owned(),
            size_bytes: prepared.bytes.len() as i64,
            source: source.to_owned(),
            description,
            created_at: chrono::Utc::now(),
        })
    }

    /// What the worker sent and staff added, for the worker's own status page (descriptions
    /// included: they wrote them).
    pub async fn worker_evidence(&self, who: &VerifiedCase) -> Result<Vec<EvidenceItem>, CaseError> {
        let Some(row) = complaint::Entity::find()
            .filter(complaint::Column::TrackingCode.eq(who.tracking_code().as_str()))
            .one(&self.db)
            .await?
        else {
            return Ok(vec![]);
        };
        let dk = self.data_key(&row).await?;
        let mut items = files::list(&self.db, dk.as_ref(), &row.tracking_code, row.id).await?;
        // Staff descriptions are internal.
        for item in items.iter_mut().filter(|i| i.source != "worker") {
            item.description = None;
        }
        Ok(items)
    }

    /// The case's files for staff (audited as a read of the case's personal data).
    pub async fn evidence_list(&self, actor: &Actor, id: i64) -> Result<Vec<EvidenceItem>, CaseError> {
        let row = self.visible(actor, id).await?;
        if actor.role == Role::Advocate {
            return Err(CaseError::NotFound);
        }
        let dk = self.data_key(&row).await?;
        let items = files::list(&self.db, dk.as_ref(), &row.tracking_code, row.id).await?;
        let txn = self.db.begin().await?;
        self.audit(&txn, actor, "evidence_listed", id, None).await?;
        txn.commit().await?;
        Ok(items)
    }

    /// The case and one of its files, for staff who may see the case (advocates: not found).
    async fn evidence_of(
        &self,
        actor: &Actor,
        id: i64,
        evidence_id: i64,
    ) -> Result<(complaint::Model, evidence_row::Model), CaseError> {
        let row = self.visible(actor, id).await?;
        if actor.role == Role::Advocate {
            return Err(CaseError::NotFound);
        }
        let e = evidence_row::Entity::find_by_id(evidence_id)
            .filter(evidence_row::Column::ComplaintId.eq(id))
            .one(&self.db)
            .await?
            .ok_or(CaseError::NotFound)?;
        Ok((row, e))
    }

    /// One file for staff, to stream chunk by chunk (audited).
    pub async fn evidence_file(
        &self,
        actor: &Actor,
        id: i64,
        evidence_id: i64,
    ) -> Result<(EvidenceItem, EvidenceReader), CaseError> {
        let (row, e) = self.evidence_of(actor, id, evidence_id).await?;
        let dk = self.data_key(&row).await?.ok_or(CaseError::NotFound)?;
        let txn = self.db.begin().await?;
        self.audit(&txn, actor, "evidence_opened", id, Some(format!("evidence={evidence_id}"))).await?;
        txn.commit().await?;
        let item = EvidenceItem {
            id: e.id,
            kind: e.kind,
            content_type: e.content_type,
            size_bytes: e.size_bytes,
            source: e.source,
            description: None,
            created_at: e.created_at,
        };
        let reader = EvidenceReader { service: self.clone(), dk, case: row.tracking_code, id: e.id, chunks: e.chunks };
        Ok((item, reader))
    }

    /// A photo's thumbnail for staff (audited as an opening of that file); `None` for a file
    /// that has none (PDF, audio).
    pub async fn evidence_thumb(&self, actor: &Actor, id: i64, evidence_id: i64) -> Result<Option<Vec<u8>>, CaseError> {
        let (row, e) = self.evidence_of(actor, id, evidence_id).await?;
        let Some(ct) = e.thumb_ct else { return Ok(None) };
        let dk = self.data_key(&row).await?.ok_or(CaseError::NotFound)?;
        let txn = self.db.begin().await?;
        self.audit(&txn, actor, "evidence_opened", id, Some(format!("evidence={evidence_id} thumbnail"))).await?;
        txn.commit().await?;
        Ok(Some(dk.open(&row.tracking_code, &files::thumb_field(evidence_id), &ct)?))
    }
}
