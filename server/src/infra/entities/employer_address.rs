//! `employer_address`: addresses an employer has been reported at.

use sea_orm::entity::prelude::*;

/// A `employer_address` row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "employer_address")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub employer_id: i64,
    pub address: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
