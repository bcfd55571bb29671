//! `audit_log`: append-only, each row carrying the hash of the one before.

use sea_orm::entity::prelude::*;

/// One audit entry.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub at: DateTimeUtc,
    pub actor_user_id: Option<i64>,
    pub actor_email: Option<String>,
    pub action: String,
    pub complaint_id: Option<i64>,
    pub detail: Option<String>,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
