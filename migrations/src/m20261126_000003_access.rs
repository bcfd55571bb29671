//! Per-case access: who a complaint is assigned to and which organisation filed it (advocates
//! see only their organisation's cases); recovery codes for two-factor sign-in.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Complaint {
    Table,
    AssigneeId,
    OrganisationId,
    FiledByUserId,
}

#[derive(DeriveIden)]
enum RecoveryCode {
    Table,
    Id,
    UserId,
    CodeHash,
    UsedAt,
}

#[derive(DeriveIden)]
enum StaffUser {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        for col in [
            ColumnDef::new(Complaint::AssigneeId).big_integer().null().to_owned(),
            ColumnDef::new(Complaint::OrganisationId).big_integer().null().to_owned(),
            ColumnDef::new(Complaint::FiledByUserId).big_integer().null().to_owned(),
        ] {
            manager.alter_table(Table::alter().table(Complaint::Table).add_column(col).to_owned()).await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("idx_complaint_assignee")
                    .table(Complaint::Table)
                    .col(Complaint::AssigneeId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_complaint_org")
                    .table(Complaint::Table)
                    .col(Complaint::OrganisationId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RecoveryCode::Table)
                    .col(ColumnDef::new(RecoveryCode::Id).big_integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(RecoveryCode::UserId).big_integer().not_null())
                    // SHA-256 of a 50-bit random code: high entropy, so a fast hash is enough.
                    .col(ColumnDef::new(RecoveryCode::CodeHash).string_len(64).not_null())
                    .col(ColumnDef::new(RecoveryCode::UsedAt).timestamp_with_time_zone().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(RecoveryCode::Table, RecoveryCode::UserId)
                            .to(StaffUser::Table, StaffUser::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(RecoveryCode::Table).to_owned()).await?;
        for col in [Complaint::AssigneeId, Complaint::OrganisationId, Complaint::FiledByUserId] {
            manager.alter_table(Table::alter().table(Complaint::Table).drop_column(col).to_owned()).await?;
        }
        Ok(())
    }
}
