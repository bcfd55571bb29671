//! `disposal_item`: one case of a disposal batch, and when it was disposed (never, when it was
//! reopened or is no longer due by the time the batch is carried out).

use sea_orm::entity::prelude::*;

/// A `disposal_item` row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "disposal_item")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub batch_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub complaint_id: i64,
    pub disposed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
