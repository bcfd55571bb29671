//! `employer_alias`: other names an employer is known by (normalised, unique across employers).

use sea_orm::entity::prelude::*;

/// A `employer_alias` row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "employer_alias")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub normalized_name: String,
    pub employer_id: i64,
    pub name: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
