//! `complaint_event`: the timeline of a complaint; `visible_to_worker` rows appear on `/status`.

use sea_orm::entity::prelude::*;

/// One event.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "complaint_event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub complaint_id: i64,
    pub at: DateTimeUtc,
    pub kind: String,
    pub status: Option<String>,
    pub visible_to_worker: bool,
    pub actor_email: Option<String>,
    pub detail_ct: Option<Vec<u8>>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
