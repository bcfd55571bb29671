//! `disposal_batch`: cases proposed for disposal together, by whom, approved by whom, carried out when.

use sea_orm::entity::prelude::*;

/// A `disposal_batch` row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "disposal_batch")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub proposed_by: String,
    pub proposed_at: DateTimeUtc,
    pub approved_by: Option<String>,
    pub approved_at: Option<DateTimeUtc>,
    pub carried_out_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
