//! Flagged complaints notify supervisors at most once an hour per employer record and per sender
//! (a client address or caller's number, as a keyed hash: never the address itself), so a flood
//! of fake "la migra" complaints cannot flood supervisors' inboxes; every flagged complaint still
//! goes to the urgent lane of the queue. A complaint held back is named in the next hour's notice.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum NotificationBatch {
    Table,
    KeyHash,
    WindowStart,
    PendingComplaintId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(NotificationBatch::Table)
                    .if_not_exists()
                    .col(ColumnDef::new(NotificationBatch::KeyHash).string_len(64).not_null().primary_key())
                    .col(ColumnDef::new(NotificationBatch::WindowStart).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(NotificationBatch::PendingComplaintId).big_integer().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(NotificationBatch::Table).to_owned()).await
    }
}
