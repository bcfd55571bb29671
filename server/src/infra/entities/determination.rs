//! `determination`: what is owed, from the calculator; approved by a supervisor.

use sea_orm::entity::prelude::*;

/// A `determination` row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "determination")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub complaint_id: i64,
    /// Empty for rows sealed in `sealed_ct`.
    pub input_json: String,
    /// Empty for rows sealed in `sealed_ct`.
    pub lines_json: String,
    pub total_cents: i64,
    pub unpaid_cents: i64,
    pub state: String,
    pub recorded_by: String,
    pub recorded_at: DateTimeUtc,
    pub decided_by: Option<String>,
    pub decided_at: Option<DateTimeUtc>,
    /// `{"input": …, "lines": […]}` sealed with the case key (field `determination`).
    pub sealed_ct: Option<Vec<u8>>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
