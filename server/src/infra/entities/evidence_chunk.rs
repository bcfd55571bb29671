//! `evidence_chunk`: 64 KiB of an evidence file, sealed with the case key.

use sea_orm::entity::prelude::*;

/// An `evidence_chunk` row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "evidence_chunk")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub evidence_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub seq: i32,
    pub ct: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
