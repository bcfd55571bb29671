//! `evidence`: a file attached to a case (its bytes in `evidence_chunk`, sealed).

use sea_orm::entity::prelude::*;

/// An `evidence` row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "evidence")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub complaint_id: i64,
    /// `image`, `pdf` or `audio`.
    pub kind: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub chunks: i32,
    /// `worker` or `staff`.
    pub source: String,
    pub description_ct: Option<Vec<u8>>,
    pub created_at: DateTimeUtc,
    /// A photo's thumbnail, sealed (field `evidence-thumb:{id}`).
    pub thumb_ct: Option<Vec<u8>>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
