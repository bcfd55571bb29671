//! `notification_batch`: when supervisors were last told of a flagged complaint for one key (an
//! employer record or a sender, as a keyed hash), and the newest complaint held back since.

use sea_orm::entity::prelude::*;

/// A `notification_batch` row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification_batch")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub key_hash: String,
    pub window_start: DateTimeUtc,
    pub pending_complaint_id: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
