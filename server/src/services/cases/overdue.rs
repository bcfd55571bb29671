//! The daily reminder: a case flagged with a threat about immigration (the kinds whose
//! escalation asks for it, see `reclamo_shared::remedy::ESCALATIONS`) whose first contact is
//! overdue notifies every supervisor again, once a day, until someone contacts the worker (the case
//! leaves `received`) or a person dismisses the threat. The server runs it every hour; a day
//! already reminded is skipped, so running it more often changes nothing.

use super::{CaseError, CaseService};
use crate::infra::entities::{complaint, notification};
use chrono::{DateTime, Utc};
use reclamo_shared::complaint::CaseStatus;
use reclamo_shared::remedy::escalation;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, TransactionTrait};

/// The notification kind of the reminder.
pub const FIRST_CONTACT_OVERDUE: &str = "first_contact_overdue";

impl CaseService {
    /// Sends today's reminders (as of `now`); returns how many cases were reminded.
    pub async fn remind_overdue_first_contacts(&self, now: DateTime<Utc>) -> Result<usize, CaseError> {
        let today = now.date_naive();
        let start_of_day = today.and_time(chrono::NaiveTime::MIN).and_utc();
        let rows = complaint::Entity::find()
            .filter(complaint::Column::Status.eq(CaseStatus::Received.code()))
            .filter(complaint::Column::FirstContactDue.lt(today))
            .all(&self.db)
            .await?;
        let mut reminded = 0;
        for row in rows {
            // The kinds are sealed: the job opens them with the case key (a read by the server
            // itself, for the server's own rule; nothing leaves it).
            let Some(dk) = self.data_key(&row).await? else { continue };
            let reviews = self.latest_reviews(&self.db, &row, &dk).await?;
            let flagged = super::facts::Facts::open(&dk, &row)?.kinds;
            let dismissed = |k: &str| reviews.iter().any(|r| r.kind == k && r.decision == "dismissed");
            let mut kinds: Vec<String> = flagged.into_iter().filter(|k| !dismissed(k)).collect();
            kinds.extend(reviews.iter().filter(|r| r.decision == "confirmed").map(|r| r.kind.clone()));
            if !super::rules::kinds_of(&kinds).iter().any(|k| escalation(*k).daily_overdue_notice) {
                continue;
            }
            let already = notification::Entity::find()
                .filter(notification::Column::ComplaintId.eq(row.id))
                .filter(notification::Column::Kind.eq(FIRST_CONTACT_OVERDUE))
                .filter(notification::Column::CreatedAt.gte(start_of_day))
                .count(&self.db)
                .await?;
            if already > 0 {
                continue;
            }
            let txn = self.db.begin().await?;
            super::work::notify_supervisors(&txn, row.id, FIRST_CONTACT_OVERDUE).await?;
            txn.commit().await?;
            reminded += 1;
        }
        Ok(reminded)
    }
}
