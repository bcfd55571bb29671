//! `complaint_term`: the keyed blind index over narratives (HMAC of each word; no text).

use sea_orm::entity::prelude::*;

/// A `complaint_term` row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "complaint_term")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub term: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub complaint_id: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
