//! Reclamo's schema. Migrations are append-only: never edit one that has shipped; add another.
//!
//! Every column here has a stated purpose (DOMAIN.md principle 2). Personal data lives only in the
//! `*_ct` columns as ciphertext under the complaint's own data key (`complaint_key`), so deleting
//! that key row destroys it (crypto-shredding). There is no column for immigration status,
//! citizenship, birthplace, passport/visa/A-number or SSN, and there never will be.

pub use sea_orm_migration::prelude::*;

mod m20261126_000001_complaints;
mod m20261126_000002_staff;
mod m20261126_000003_access;
mod m20261126_000004_screening;
mod m20261126_000005_cases;
mod m20261203_000006_totp_step;
mod m20261203_000007_sms_opt_out;
mod m20261203_000008_determination_sealed;
mod m20261203_000009_referral;
mod m20261203_000010_evidence;
mod m20261203_000011_outbox_delivery;
mod m20261203_000012_notification_batch;
mod m20261203_000013_evidence_thumb;
mod m20261203_000014_sealed_facts;
mod m20261203_000015_drop_clear_facts;
mod m20261203_000016_disposal;
mod m20261203_000017_audit_append_only;

/// The ordered list of migrations.
pub struct Migrator;

/// The migration after which the server seals what older versions kept in clear, before the
/// next one drops those columns (see `m20261203_000014_sealed_facts`).
pub const SEAL_BEFORE_DROP: &str = "m20261203_000014_sealed_facts";

/// The complaint columns an older version kept in clear, which the server seals and the next
/// migration drops: the six answers about threats first, then the kinds, supervisor and job role.
pub const CLEAR_FACT_COLUMNS: [&str; 9] = [
    "ret_immigration_threat",
    "ret_status_report_threat",
    "ret_fired",
    "ret_hours_cut",
    "ret_violence",
    "ret_blacklist",
    "retaliation_kinds",
    "employer_supervisor",
    "job_role",
];

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261126_000001_complaints::Migration),
            Box::new(m20261126_000002_staff::Migration),
            Box::new(m20261126_000003_access::Migration),
            Box::new(m20261126_000004_screening::Migration),
            Box::new(m20261126_000005_cases::Migration),
            Box::new(m20261203_000006_totp_step::Migration),
            Box::new(m20261203_000007_sms_opt_out::Migration),
            Box::new(m20261203_000008_determination_sealed::Migration),
            Box::new(m20261203_000009_referral::Migration),
            Box::new(m20261203_000010_evidence::Migration),
            Box::new(m20261203_000011_outbox_delivery::Migration),
            Box::new(m20261203_000012_notification_batch::Migration),
            Box::new(m20261203_000013_evidence_thumb::Migration),
            Box::new(m20261203_000014_sealed_facts::Migration),
            Box::new(m20261203_000015_drop_clear_facts::Migration),
            Box::new(m20261203_000016_disposal::Migration),
            Box::new(m20261203_000017_audit_append_only::Migration),
        ]
    }
}
