//! `complaint_key`: each complaint's data key, wrapped by the master key. Deleting the row
//! crypto-shreds the complaint's personal data.

use sea_orm::entity::prelude::*;

/// A wrapped data key.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "complaint_key")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub complaint_id: i64,
    pub key_id: String,
    pub wrapped_key: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
