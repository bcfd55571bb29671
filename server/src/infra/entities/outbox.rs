//! `outbox`: messages waiting for email/SMS delivery (content-free: template + case id; a text to
//! a worker has recipient `worker`, its number is read from the case's sealed contact when sent).

use sea_orm::entity::prelude::*;

/// A `outbox` row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub channel: String,
    pub recipient: String,
    pub template: String,
    pub complaint_id: Option<i64>,
    pub created_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
    pub attempts: i32,
    /// Leased by a sender until then.
    pub lease_until: Option<DateTimeUtc>,
    /// Not before then (back-off after a retryable failure).
    pub next_attempt_at: Option<DateTimeUtc>,
    /// Given up then.
    pub failed_at: Option<DateTimeUtc>,
    /// Why the last try failed (a short code).
    pub last_error: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
