//! `complaint`: one row per complaint; personal fields are ciphertext (`*_ct`).

use sea_orm::entity::prelude::*;

/// A complaint row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "complaint")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub tracking_code: String,
    pub access_code_hash: String,
    pub idempotency_key: Option<String>,
    pub idempotency_fingerprint: Option<String>,
    pub status: String,
    pub priority: String,
    pub language: String,
    pub channel: String,
    pub filed_by: String,
    pub anonymous: bool,
    pub employer_name: String,
    pub employer_address: Option<String>,
    pub employer_phone: Option<String>,
    pub employer_industry: Option<String>,
    pub staffing_agency: Option<String>,
    pub agency_name: Option<String>,
    pub job_start: Option<Date>,
    pub job_end: Option<Date>,
    pub still_employed: Option<String>,
    pub pay_rate_cents: Option<i64>,
    pub pay_basis: Option<String>,
    pub pay_frequency: Option<String>,
    pub usual_hours: Option<i32>,
    pub paid_cash: Option<String>,
    pub period_start: Option<Date>,
    pub period_end: Option<Date>,
    pub estimated_owed_cents: Option<i64>,
    pub coworkers_affected: Option<i32>,
    pub contact_ct: Option<Vec<u8>>,
    pub narrative_ct: Option<Vec<u8>>,
    pub retaliation_details_ct: Option<Vec<u8>>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub assignee_id: Option<i64>,
    pub organisation_id: Option<i64>,
    pub filed_by_user_id: Option<i64>,
    pub screening_ct: Option<Vec<u8>>,
    pub first_contact_due: Option<Date>,
    pub employer_id: Option<i64>,
    pub resolution: Option<String>,
    pub sort_key: String,
    pub notice_sent_on: Option<Date>,
    /// The answers about threats, the flagged kinds, the supervisor and the job role, sealed
    /// together (`services::cases::facts`).
    pub facts_ct: Option<Vec<u8>>,
    /// The queue's coarse marker: screening flagged some retaliation (which kind is sealed).
    pub retaliation_flagged: bool,
    /// When the case was closed (its retention counts from here).
    pub closed_at: Option<DateTimeUtc>,
    /// When its personal data was disposed of (the row is a tombstone since).
    pub disposed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
