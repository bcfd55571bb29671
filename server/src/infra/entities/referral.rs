//! `referral`: a supervisor's decision on a proposed referral (destination, decision and reason sealed).

use sea_orm::entity::prelude::*;

/// A `referral` row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "referral")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub complaint_id: i64,
    /// `{"destination", "approve", "reason"}` sealed with the case key (field `referral`).
    pub sealed_ct: Vec<u8>,
    pub decided_by: String,
    pub decided_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
