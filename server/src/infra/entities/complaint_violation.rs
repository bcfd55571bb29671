//! `complaint_violation`: the violation codes of a complaint (queryable in clear).

use sea_orm::entity::prelude::*;

/// One violation of one complaint.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "complaint_violation")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub complaint_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub code: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
