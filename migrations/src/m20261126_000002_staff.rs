//! Staff accounts, organisations, database sessions, login throttling and the hash-chained audit
//! log. Workers never have accounts.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organisation {
    Table,
    Id,
    Name,
    CreatedAt,
}

#[derive(DeriveIden)]
enum StaffUser {
    Table,
    Id,
    Email,
    Name,
    Role,
    OrganisationId,
    PasswordHash,
    TotpSecretCt,
    TotpEnabled,
    Disabled,
    CreatedAt,
    PasswordChangedAt,
}

#[derive(DeriveIden)]
enum StaffSession {
    Table,
    Id,
    UserId,
    CreatedAt,
    LastSeenAt,
}

#[derive(DeriveIden)]
enum LoginFailure {
    Table,
    Key,
    Failures,
    WindowStart,
    LockedUntil,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    ActorUserId,
    ActorEmail,
    Action,
    ComplaintId,
    Detail,
    PrevHash,
    Hash,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Organisation::Table)
                    .col(ColumnDef::new(Organisation::Id).big_integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Organisation::Name).string_len(200).not_null().unique_key())
                    .col(ColumnDef::new(Organisation::CreatedAt).timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StaffUser::Table)
                    .col(ColumnDef::new(StaffUser::Id).big_integer().not_null().auto_increment().primary_key())
                    // Stored lower-cased; staff emails are work addresses, not workers' data.
                    .col(ColumnDef::new(StaffUser::Email).string_len(254).not_null().unique_key())
                    .col(ColumnDef::new(StaffUser::Name).string_len(200).null())
                    .col(ColumnDef::new(StaffUser::Role).string_len(16).not_null())
                    .col(ColumnDef::new(StaffUser::OrganisationId).big_integer().null())
                    .col(ColumnDef::new(StaffUser::PasswordHash).string_len(255).not_null())
                    // TOTP secret sealed with a key derived from the master key.
                    .col(ColumnDef::new(StaffUser::TotpSecretCt).binary().null())
                    .col(ColumnDef::new(StaffUser::TotpEnabled).boolean().not_null())
                    .col(ColumnDef::new(StaffUser::Disabled).boolean().not_null())
                    .col(ColumnDef::new(StaffUser::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(StaffUser::PasswordChangedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffUser::Table, StaffUser::OrganisationId)
                            .to(Organisation::Table, Organisation::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StaffSession::Table)
                    // SHA-256 of the session token: a database leak does not hand out sessions.
                    .col(ColumnDef::new(StaffSession::Id).string_len(64).not_null().primary_key())
                    .col(ColumnDef::new(StaffSession::UserId).big_integer().not_null())
                    .col(ColumnDef::new(StaffSession::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(StaffSession::LastSeenAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffSession::Table, StaffSession::UserId)
                            .to(StaffUser::Table, StaffUser::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LoginFailure::Table)
                    // `user:<email>` or `ip:<address>`; rows expire with their window.
                    .col(ColumnDef::new(LoginFailure::Key).string_len(300).not_null().primary_key())
                    .col(ColumnDef::new(LoginFailure::Failures).integer().not_null())
                    .col(ColumnDef::new(LoginFailure::WindowStart).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(LoginFailure::LockedUntil).timestamp_with_time_zone().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(ColumnDef::new(AuditLog::Id).big_integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(AuditLog::At).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(AuditLog::ActorUserId).big_integer().null())
                    .col(ColumnDef::new(AuditLog::ActorEmail).string_len(254).null())
                    .col(ColumnDef::new(AuditLog::Action).string_len(48).not_null())
                    .col(ColumnDef::new(AuditLog::ComplaintId).big_integer().null())
                    // What was touched (field names, ids): never personal data itself.
                    .col(ColumnDef::new(AuditLog::Detail).string_len(400).null())
                    .col(ColumnDef::new(AuditLog::PrevHash).string_len(64).not_null())
                    .col(ColumnDef::new(AuditLog::Hash).string_len(64).not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_complaint")
                    .table(AuditLog::Table)
                    .col(AuditLog::ComplaintId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            AuditLog::Table.into_iden(),
            LoginFailure::Table.into_iden(),
            StaffSession::Table.into_iden(),
            StaffUser::Table.into_iden(),
            Organisation::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
