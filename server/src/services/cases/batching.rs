//! Notices of flagged complaints, batched: at most one an hour per employer record and per sender
//! (keys are keyed hashes; see migration 12). A complaint held back is remembered and named in the
//! notice the hourly job sends when the hour is over; all of them are in the queue's urgent lane
//! at once.

use crate::infra::entities::notification_batch;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

/// How long one notice covers.
pub fn window() -> Duration {
    Duration::hours(1)
}

/// Notifies supervisors of flagged complaint `id` unless one of `keys` was notified within the
/// hour; then the complaint is held back for that key's next notice. Returns whether it notified.
pub async fn notify_flagged<C: ConnectionTrait>(
    db: &C,
    id: i64,
    keys: &[String],
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let since = now - window();
    let mut rows = vec![];
    for key in keys {
        rows.push((key, notification_batch::Entity::find_by_id(key.clone()).one(db).await?));
    }
    let recent = rows.iter().any(|(_, r)| r.as_ref().is_some_and(|r| r.window_start > since));
    for (key, row) in rows {
        match (row, recent) {
            (Some(r), true) if r.window_start > since => {
                let mut m: notification_batch::ActiveModel = r.into();
                m.pending_complaint_id = Set(Some(id));
                m.update(db).await?;
            }
            // A key not notified this hour while another was: nothing to do for it.
            (_, true) => {}
            (Some(r), false) => {
                let mut m: notification_batch::ActiveModel = r.into();
                m.window_start = Set(now);
                m.pending_complaint_id = Set(None);
                m.update(db).await?;
            }
            (None, false) => {
                notification_batch::Entity::insert(notification_batch::ActiveModel {
                    key_hash: Set(key.clone()),
                    window_start: Set(now),
                    pending_complaint_id: Set(None),
                })
                .exec(db)
                .await?;
            }
        }
    }
    if !recent {
        super::work::notify_supervisors(db, id, "retaliation_flagged").await?;
    }
    Ok(!recent)
}

/// Sends the notices held back by windows that are over (run hourly); returns how many.
pub async fn flush<C: ConnectionTrait>(db: &C, now: DateTime<Utc>) -> Result<usize, DbErr> {
    let due = notification_batch::Entity::find()
        .filter(notification_batch::Column::PendingComplaintId.is_not_null())
        .filter(notification_batch::Column::WindowStart.lte(now - window()))
        .all(db)
        .await?;
    let mut sent = std::collections::BTreeSet::new();
    for row in due {
        let Some(id) = row.pending_complaint_id else { continue };
        // A complaint held back under two keys (its employer and its sender) is named once.
        if sent.insert(id) {
            super::work::notify_supervisors(db, id, "retaliation_flagged").await?;
        }
        let mut m: notification_batch::ActiveModel = row.into();
        m.window_start = Set(now);
        m.pending_complaint_id = Set(None);
        m.update(db).await?;
    }
    Ok(sent.len())
}

impl super::CaseService {
    /// Sends the notices held back by windows that are over (the server runs it hourly).
    pub async fn flush_flag_notices(&self, now: DateTime<Utc>) -> Result<usize, super::CaseError> {
        use sea_orm::TransactionTrait;
        let txn = self.db.begin().await?;
        let n = flush(&txn, now).await?;
        txn.commit().await?;
        Ok(n)
    }
}
