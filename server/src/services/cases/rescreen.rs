//! `reclamo screen --recheck`: after a rules update, re-runs retaliation screening over every
//! open case and reports what changed. Kinds a person has reviewed keep their decision: a
//! dismissed kind the rules still find stays out of the urgent lane, a confirmed kind the rules
//! no longer find stays in it. Each change is a timeline event and an audit entry.

use super::{CaseError, CaseService, queue::sort_key_of};
use crate::infra::audit::{self, Entry};
use crate::infra::entities::complaint;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder};

/// One case whose screening changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// Case id.
    pub id: i64,
    /// Kinds before (codes).
    pub before: Vec<String>,
    /// Kinds now.
    pub after: Vec<String>,
    /// Priority before and after.
    pub priority: (String, String),
}

impl CaseService {
    /// Adds narratives that are not in the blind index yet (complaints filed before it existed)
    /// to it; returns how many cases were indexed. Runs at startup; cheap once done.
    pub async fn index_missing_terms(&self) -> Result<usize, CaseError> {
        use crate::infra::entities::complaint_term;
        use sea_orm::sea_query::Query;
        let rows = complaint::Entity::find()
            .filter(complaint::Column::NarrativeCt.is_not_null())
            .filter(complaint::Column::Id.not_in_subquery(
                Query::select().column(complaint_term::Column::ComplaintId).from(complaint_term::Entity).to_owned(),
            ))
            .all(&self.db)
            .await?;
        let mut n = 0;
        for row in rows {
            let Some(dk) = self.data_key(&row).await? else { continue };
            let mut texts = vec![];
            for (field, ct) in [("narrative", &row.narrative_ct), ("retaliation_details", &row.retaliation_details_ct)]
            {
                if let Some(ct) = ct {
                    texts.push(String::from_utf8_lossy(&dk.open(&row.tracking_code, field, ct)?).into_owned());
                }
            }
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let terms = super::blind::index_terms(&self.blind_key, &refs);
            if terms.is_empty() {
                continue;
            }
            complaint_term::Entity::insert_many(
                terms.into_iter().map(|t| complaint_term::ActiveModel { term: Set(t), complaint_id: Set(row.id) }),
            )
            .exec(&self.db)
            .await?;
            n += 1;
        }
        Ok(n)
    }

    /// Re-screens open cases; with `apply` false, only reports.
    pub async fn rescreen(&self, apply: bool) -> Result<(usize, Vec<Change>), CaseError> {
        let rows = complaint::Entity::find()
            .filter(complaint::Column::SortKey.lt("9"))
            .order_by_asc(complaint::Column::Id)
            .all(&self.db)
            .await?;
        let total = rows.len();
        let mut changes = vec![];
        for row in rows {
            if let Some(change) = self.rescreen_one(&row, apply, "rescreen").await? {
                changes.push(change);
            }
        }
        Ok((total, changes))
    }

    /// Screens one case again: the narrative, the retaliation details and the descriptions of its
    /// evidence. With `apply`, stores what changed (kinds, signals, priority, first-contact date),
    /// notifies supervisors of a new urgent flag and audits it as `action`.
    pub(crate) async fn rescreen_one(
        &self,
        row: &complaint::Model,
        apply: bool,
        action: &str,
    ) -> Result<Option<Change>, CaseError> {
        let Some(dk) = self.data_key(row).await? else { return Ok(None) };
        let open = |field: &str, ct: &Option<Vec<u8>>| -> Result<Option<String>, CaseError> {
            match ct {
                Some(ct) => Ok(Some(String::from_utf8_lossy(&dk.open(&row.tracking_code, field, ct)?).into_owned())),
                None => Ok(None),
            }
        };
        let narrative = open("narrative", &row.narrative_ct)?;
        let details = open("retaliation_details", &row.retaliation_details_ct)?;
        let described = crate::services::evidence::descriptions(&self.db, &dk, &row.tracking_code, row.id).await?;
        let mut texts: Vec<(&'static str, &str)> = vec![];
        if let Some(n) = &narrative {
            texts.push(("narrative", n));
        }
        if let Some(d) = &details {
            texts.push(("retaliation.details", d));
        }
        texts.extend(described.iter().map(|d| ("evidence.description", d.as_str())));
        let mut facts = super::facts::Facts::open(&dk, row)?;
        let s = reclamo_shared::retaliation::screen(&texts, &row.language, &facts.answers);
        let after: Vec<String> = s.kinds.iter().map(|k| k.code().to_owned()).collect();
        let before = std::mem::replace(&mut facts.kinds, after.clone());
        if after == before {
            return Ok(None);
        }
        let reviews = self.latest_reviews(&self.db, row, &dk).await?;
        let priority = super::rules::priority_for(&after, &reviews).to_owned();
        let urgent = priority == "urgent";
        let change = Change {
            id: row.id,
            before: before.clone(),
            after: after.clone(),
            priority: (row.priority.clone(), priority.clone()),
        };
        if !apply {
            return Ok(Some(change));
        }
        let mut next = row.clone();
        next.priority = priority.clone();
        if urgent && row.first_contact_due.is_none() {
            // Flagged now, or confirmed by a person.
            let confirmed = reviews.iter().filter(|r| r.decision == "confirmed").map(|r| r.kind.clone());
            let kinds = super::rules::kinds_of(&after.iter().cloned().chain(confirmed).collect::<Vec<_>>());
            next.first_contact_due = super::rules::first_contact_due(&kinds, Utc::now().date_naive());
        }
        let signals = serde_json::to_vec(&s.signals).unwrap_or_default();
        let mut m = row.clone().into_active_model();
        m.facts_ct = Set(Some(facts.seal(&dk, &row.tracking_code)));
        m.retaliation_flagged = Set(!after.is_empty());
        m.screening_ct = Set((!after.is_empty()).then(|| dk.seal(&row.tracking_code, "screening", &signals)));
        m.priority = Set(priority);
        m.first_contact_due = Set(next.first_contact_due);
        m.sort_key = Set(sort_key_of(&next));
        m.updated_at = Set(Utc::now());
        m.update(&self.db).await?;
        let newly = after.iter().any(|k| !before.contains(k));
        if newly && urgent {
            super::work::notify_supervisors(&self.db, row.id, "retaliation_flagged").await?;
        }
        audit::record(
            &self.db,
            Entry {
                actor_user_id: None,
                actor_email: None,
                action: action.into(),
                complaint_id: Some(row.id),
                // How many kinds, not which (the kinds are sealed).
                detail: Some(format!("{} -> {} kinds", before.len(), after.len())),
            },
        )
        .await?;
        Ok(Some(change))
    }
}
