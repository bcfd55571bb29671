//! `sms_opt_out`: numbers (as keyed hashes) that texted STOP.

use sea_orm::entity::prelude::*;

/// One number that asked for no more texts.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sms_opt_out")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub number_hash: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
