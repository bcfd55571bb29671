//! `staff_user`: investigators, supervisors, advocates and admins.

use sea_orm::entity::prelude::*;

/// A staff account. Holds a password hash: never serialised, never sent.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_user")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub email: String,
    pub name: Option<String>,
    pub role: String,
    pub organisation_id: Option<i64>,
    pub password_hash: String,
    pub totp_secret_ct: Option<Vec<u8>>,
    pub totp_enabled: bool,
    pub disabled: bool,
    pub created_at: DateTimeUtc,
    pub password_changed_at: DateTimeUtc,
    /// The last one-time-code step used (codes at or before it are refused: no replay).
    pub totp_last_step: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
