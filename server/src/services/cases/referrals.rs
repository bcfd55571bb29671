//! Referrals: the rules (`reclamo_shared::referral`) propose them for a case with a confirmed
//! threat about immigration and wages unpaid; a supervisor approves or declines each, with a
//! reason; an approved one gets a letter for a person to send. Nothing is sent from here, and the
//! only destinations are those of [`Destination`] — none of them an immigration authority.
//!
//! A decision is sealed with the case key (destination, decision, reason): a referral exists only
//! because of a threat about immigration, so even its destination stands in for the worker's status.

use super::{CaseError, CaseService};
use crate::infra::crypto::DataKey;
use crate::infra::entities::{complaint, referral};
use crate::services::auth::{Actor, Role};
use chrono::Utc;
use reclamo_shared::case_view::{Determination, Referral, RetaliationReview};
use reclamo_shared::referral::{Destination, proposed};
use reclamo_shared::retaliation::RetaliationKind;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};
use serde::{Deserialize, Serialize};

/// A decision as sealed.
#[derive(Serialize, Deserialize)]
struct Sealed {
    destination: Destination,
    approve: bool,
    reason: String,
}

/// What the rules propose from the reviews and the latest determination still standing.
fn proposals(reviews: &[RetaliationReview], determinations: &[Determination]) -> Vec<Destination> {
    let confirmed: Vec<RetaliationKind> = reviews
        .iter()
        .filter(|r| r.decision == "confirmed")
        .filter_map(|r| RetaliationKind::from_code(&r.kind))
        .collect();
    // Determinations come newest first.
    let unpaid = determinations.iter().find(|d| d.state != "returned").map_or(0, |d| d.unpaid_wages_cents);
    proposed(&confirmed, unpaid)
}

impl CaseService {
    /// The latest decision on each destination, opened with the case key (oldest rows first, so
    /// later decisions win).
    async fn decisions(&self, row: &complaint::Model, dk: Option<&DataKey>) -> Result<Vec<Referral>, CaseError> {
        let Some(dk) = dk else { return Ok(vec![]) };
        let rows = referral::Entity::find()
            .filter(referral::Column::ComplaintId.eq(row.id))
            .order_by_asc(referral::Column::Id)
            .all(&self.db)
            .await?;
        let mut out: Vec<Referral> = vec![];
        for r in rows {
            let sealed: Sealed = serde_json::from_slice(&dk.open(&row.tracking_code, "referral", &r.sealed_ct)?)
                .map_err(|e| CaseError::Internal(e.to_string()))?;
            out.retain(|d| d.destination != sealed.destination);
            out.push(Referral {
                destination: sealed.destination,
                proposed: false,
                approved: Some(sealed.approve),
                decided_by: Some(r.decided_by),
                decided_at: Some(r.decided_at),
                reason: Some(sealed.reason),
            });
        }
        Ok(out)
    }

    /// The referrals of a case: every proposed destination (with its decision, if any), and any
    /// decision whose proposal has lapsed.
    pub(crate) async fn referrals_view(
        &self,
        row: &complaint::Model,
        dk: Option<&DataKey>,
        reviews: &[RetaliationReview],
        determinations: &[Determination],
    ) -> Result<Vec<Referral>, CaseError> {
        let mut decided = self.decisions(row, dk).await?;
        let mut out = vec![];
        for destination in proposals(reviews, determinations) {
            match decided.iter().position(|d| d.destination == destination) {
                Some(i) => {
                    let mut d = decided.remove(i);
                    d.proposed = true;
                    out.push(d);
                }
                None => out.push(Referral {
                    destination,
                    proposed: true,
                    approved: None,
                    decided_by: None,
                    decided_at: None,
                    reason: None,
                }),
            }
        }
        out.extend(decided);
        Ok(out)
    }

    /// A supervisor approves or declines a proposed referral, with a reason (audited; the case's
    /// timeline records that a referral was decided, not where to).
    pub async fn decide_referral(
        &self,
        actor: &Actor,
        id: i64,
        destination: Destination,
        approve: bool,
        reason: &str,
    ) -> Result<(), CaseError> {
        let row = self.workable(actor, id).await?;
        if !matches!(actor.role, Role::Supervisor) {
            return Err(CaseError::Forbidden);
        }
        let reason = super::work::text(reason, "reason")?;
        let dk = self.data_key(&row).await?.ok_or(CaseError::Invalid("disposed"))?;
        let parts = self.work_view(&row, Some(&dk)).await?;
        if !proposals(&parts.reviews, &parts.determinations).contains(&destination) {
            return Err(CaseError::NotProposed);
        }
        let sealed = serde_json::to_vec(&Sealed { destination, approve, reason })
            .map_err(|e| CaseError::Internal(e.to_string()))?;
        let txn = self.db.begin().await?;
        referral::Entity::insert(referral::ActiveModel {
            complaint_id: Set(id),
            sealed_ct: Set(dk.seal(&row.tracking_code, "referral", &sealed)),
            decided_by: Set(actor.email.clone()),
            decided_at: Set(Utc::now()),
            ..Default::default()
        })
        .exec(&txn)
        .await?;
        self.internal_event(&txn, actor, &row, "referral_decided").await?;
        self.audit(&txn, actor, "referral_decided", id, None).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Whether the referral to `destination` is approved (for its letter).
    pub(crate) async fn referral_approved(
        &self,
        row: &complaint::Model,
        dk: Option<&DataKey>,
        destination: Destination,
    ) -> Result<bool, CaseError> {
        Ok(self.decisions(row, dk).await?.iter().any(|d| d.destination == destination && d.approved == Some(true)))
    }
}
