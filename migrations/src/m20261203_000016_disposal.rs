//! Disposal by crypto-shredding (#14): a closed case is due `RECLAMO_RETENTION_DAYS` after
//! `closed_at`; a supervisor proposes a batch of due cases, an admin (not the proposer) approves
//! it, and `reclamo dispose` (or the daily job) carries it out, leaving a tombstone
//! (`disposed_at` set, nothing about the worker).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Complaint {
    Table,
    ClosedAt,
    DisposedAt,
}

#[derive(DeriveIden)]
enum DisposalBatch {
    Table,
    Id,
    ProposedBy,
    ProposedAt,
    ApprovedBy,
    ApprovedAt,
    CarriedOutAt,
}

#[derive(DeriveIden)]
enum DisposalItem {
    Table,
    BatchId,
    ComplaintId,
    DisposedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in [
            ColumnDef::new(Complaint::ClosedAt).timestamp_with_time_zone().null().to_owned(),
            ColumnDef::new(Complaint::DisposedAt).timestamp_with_time_zone().null().to_owned(),
        ] {
            manager.alter_table(Table::alter().table(Complaint::Table).add_column(col).to_owned()).await?;
        }
        // Cases closed before this column existed: closed when their last move to `closed` was.
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE complaint SET closed_at = (SELECT MAX(e.at) FROM complaint_event e \
                 WHERE e.complaint_id = complaint.id AND e.status = 'closed') WHERE status = 'closed'",
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DisposalBatch::Table)
                    .if_not_exists()
                    .col(ColumnDef::new(DisposalBatch::Id).big_integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(DisposalBatch::ProposedBy).string_len(254).not_null())
                    .col(ColumnDef::new(DisposalBatch::ProposedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(DisposalBatch::ApprovedBy).string_len(254).null())
                    .col(ColumnDef::new(DisposalBatch::ApprovedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(DisposalBatch::CarriedOutAt).timestamp_with_time_zone().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DisposalItem::Table)
                    .if_not_exists()
                    .col(ColumnDef::new(DisposalItem::BatchId).big_integer().not_null())
                    .col(ColumnDef::new(DisposalItem::ComplaintId).big_integer().not_null())
                    .col(ColumnDef::new(DisposalItem::DisposedAt).timestamp_with_time_zone().null())
                    .primary_key(Index::create().col(DisposalItem::BatchId).col(DisposalItem::ComplaintId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_disposal_item_complaint")
                    .table(DisposalItem::Table)
                    .col(DisposalItem::ComplaintId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(DisposalItem::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(DisposalBatch::Table).to_owned()).await?;
        for col in [Complaint::ClosedAt, Complaint::DisposedAt] {
            manager.alter_table(Table::alter().table(Complaint::Table).drop_column(col).to_owned()).await?;
        }
        Ok(())
    }
}
