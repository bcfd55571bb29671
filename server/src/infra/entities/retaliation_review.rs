//! `retaliation_review`: a person's decision on one retaliation kind (confirmed or dismissed; the kind and the reason sealed).

use sea_orm::entity::prelude::*;

/// A `retaliation_review` row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "retaliation_review")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub complaint_id: i64,
    pub decision: String,
    pub instances: i32,
    pub reason_ct: Vec<u8>,
    pub reviewer_email: String,
    pub at: DateTimeUtc,
    /// The kind reviewed, sealed with the case key.
    pub kind_ct: Option<Vec<u8>>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
