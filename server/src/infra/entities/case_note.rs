//! `case_note`: notes on a case; the body is sealed with the complaint's data key.

use sea_orm::entity::prelude::*;

/// A `case_note` row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "case_note")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub complaint_id: i64,
    pub author_email: String,
    pub at: DateTimeUtc,
    pub visible_to_worker: bool,
    pub body_ct: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
