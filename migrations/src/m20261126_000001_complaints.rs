//! Complaints, their per-complaint data keys, violations and worker-visible timeline.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Complaint {
    Table,
    Id,
    TrackingCode,
    AccessCodeHash,
    IdempotencyKey,
    IdempotencyFingerprint,
    Status,
    Priority,
    Language,
    Channel,
    FiledBy,
    Anonymous,
    EmployerName,
    EmployerAddress,
    EmployerPhone,
    EmployerIndustry,
    EmployerSupervisor,
    StaffingAgency,
    AgencyName,
    JobRole,
    JobStart,
    JobEnd,
    StillEmployed,
    PayRateCents,
    PayBasis,
    PayFrequency,
    UsualHours,
    PaidCash,
    PeriodStart,
    PeriodEnd,
    EstimatedOwedCents,
    CoworkersAffected,
    RetImmigrationThreat,
    RetStatusReportThreat,
    RetFired,
    RetHoursCut,
    RetViolence,
    RetBlacklist,
    ContactCt,
    NarrativeCt,
    RetaliationDetailsCt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ComplaintKey {
    Table,
    ComplaintId,
    KeyId,
    WrappedKey,
}

#[derive(DeriveIden)]
enum ComplaintViolation {
    Table,
    ComplaintId,
    Code,
}

#[derive(DeriveIden)]
enum ComplaintEvent {
    Table,
    Id,
    ComplaintId,
    At,
    Kind,
    Status,
    VisibleToWorker,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Complaint::Table)
                    .col(ColumnDef::new(Complaint::Id).big_integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Complaint::TrackingCode).string_len(16).not_null().unique_key())
                    .col(ColumnDef::new(Complaint::AccessCodeHash).string_len(255).not_null())
                    // Makes a retried submission (double tap, flaky network) land once.
                    .col(ColumnDef::new(Complaint::IdempotencyKey).string_len(80).null().unique_key())
                    // Hash of the request that used the key: the same key with other content is refused.
                    .col(ColumnDef::new(Complaint::IdempotencyFingerprint).string_len(80).null())
                    .col(ColumnDef::new(Complaint::Status).string_len(24).not_null())
                    .col(ColumnDef::new(Complaint::Priority).string_len(16).not_null())
                    .col(ColumnDef::new(Complaint::Language).string_len(16).not_null())
                    .col(ColumnDef::new(Complaint::Channel).string_len(16).not_null())
                    .col(ColumnDef::new(Complaint::FiledBy).string_len(16).not_null())
                    .col(ColumnDef::new(Complaint::Anonymous).boolean().not_null())
                    // The employer is the subject of the complaint, not personal data of the worker.
                    .col(ColumnDef::new(Complaint::EmployerName).string_len(200).not_null())
                    .col(ColumnDef::new(Complaint::EmployerAddress).string_len(400).null())
                    .col(ColumnDef::new(Complaint::EmployerPhone).string_len(40).null())
                    .col(ColumnDef::new(Complaint::EmployerIndustry).string_len(32).null())
                    .col(ColumnDef::new(Complaint::EmployerSupervisor).string_len(200).null())
                    .col(ColumnDef::new(Complaint::StaffingAgency).string_len(8).null())
                    .col(ColumnDef::new(Complaint::AgencyName).string_len(200).null())
                    .col(ColumnDef::new(Complaint::JobRole).string_len(200).null())
                    .col(ColumnDef::new(Complaint::JobStart).date().null())
                    .col(ColumnDef::new(Complaint::JobEnd).date().null())
                    .col(ColumnDef::new(Complaint::StillEmployed).string_len(8).null())
                    .col(ColumnDef::new(Complaint::PayRateCents).big_integer().null())
                    .col(ColumnDef::new(Complaint::PayBasis).string_len(16).null())
                    .col(ColumnDef::new(Complaint::PayFrequency).string_len(16).null())
                    .col(ColumnDef::new(Complaint::UsualHours).integer().null())
                    .col(ColumnDef::new(Complaint::PaidCash).string_len(8).null())
                    .col(ColumnDef::new(Complaint::PeriodStart).date().null())
                    .col(ColumnDef::new(Complaint::PeriodEnd).date().null())
                    .col(ColumnDef::new(Complaint::EstimatedOwedCents).big_integer().null())
                    .col(ColumnDef::new(Complaint::CoworkersAffected).integer().null())
                    // Structured retaliation answers: yes / no / unanswered (NULL).
                    .col(ColumnDef::new(Complaint::RetImmigrationThreat).boolean().null())
                    .col(ColumnDef::new(Complaint::RetStatusReportThreat).boolean().null())
                    .col(ColumnDef::new(Complaint::RetFired).boolean().null())
                    .col(ColumnDef::new(Complaint::RetHoursCut).boolean().null())
                    .col(ColumnDef::new(Complaint::RetViolence).boolean().null())
                    .col(ColumnDef::new(Complaint::RetBlacklist).boolean().null())
                    // Personal data: AEAD ciphertext under the complaint's data key.
                    .col(ColumnDef::new(Complaint::ContactCt).binary().null())
                    .col(ColumnDef::new(Complaint::NarrativeCt).binary().null())
                    .col(ColumnDef::new(Complaint::RetaliationDetailsCt).binary().null())
                    .col(ColumnDef::new(Complaint::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Complaint::UpdatedAt).timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_complaint_queue")
                    .table(Complaint::Table)
                    .col(Complaint::Status)
                    .col(Complaint::Priority)
                    .col(Complaint::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ComplaintKey::Table)
                    .col(ColumnDef::new(ComplaintKey::ComplaintId).big_integer().not_null().primary_key())
                    .col(ColumnDef::new(ComplaintKey::KeyId).string_len(32).not_null())
                    .col(ColumnDef::new(ComplaintKey::WrappedKey).binary().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(ComplaintKey::Table, ComplaintKey::ComplaintId)
                            .to(Complaint::Table, Complaint::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ComplaintViolation::Table)
                    .col(ColumnDef::new(ComplaintViolation::ComplaintId).big_integer().not_null())
                    .col(ColumnDef::new(ComplaintViolation::Code).string_len(32).not_null())
                    .primary_key(Index::create().col(ComplaintViolation::ComplaintId).col(ComplaintViolation::Code))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ComplaintViolation::Table, ComplaintViolation::ComplaintId)
                            .to(Complaint::Table, Complaint::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ComplaintEvent::Table)
                    .col(ColumnDef::new(ComplaintEvent::Id).big_integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(ComplaintEvent::ComplaintId).big_integer().not_null())
                    .col(ColumnDef::new(ComplaintEvent::At).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(ComplaintEvent::Kind).string_len(32).not_null())
                    .col(ColumnDef::new(ComplaintEvent::Status).string_len(24).null())
                    .col(ColumnDef::new(ComplaintEvent::VisibleToWorker).boolean().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(ComplaintEvent::Table, ComplaintEvent::ComplaintId)
                            .to(Complaint::Table, Complaint::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_complaint_event_complaint")
                    .table(ComplaintEvent::Table)
                    .col(ComplaintEvent::ComplaintId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            ComplaintEvent::Table.into_iden(),
            ComplaintViolation::Table.into_iden(),
            ComplaintKey::Table.into_iden(),
            Complaint::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
