//! `employer_link`: joint-liability links (general contractor, staffing agency, ...).

use sea_orm::entity::prelude::*;

/// A `employer_link` row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "employer_link")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub employer_id: i64,
    pub related_employer_id: i64,
    pub kind: String,
    pub created_by: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
