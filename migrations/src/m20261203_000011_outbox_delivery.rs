//! The outbox is really sent: a row is leased by one sender at a time (`lease_until`), tried again
//! after a back-off (`next_attempt_at`) when the provider was unavailable, and given up
//! (`failed_at`, with a short code in `last_error`: never an address or a body) when it cannot
//! work or after the last try.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Outbox {
    Table,
    LeaseUntil,
    NextAttemptAt,
    FailedAt,
    LastError,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one at a time.
        for col in [
            ColumnDef::new(Outbox::LeaseUntil).timestamp_with_time_zone().null().to_owned(),
            ColumnDef::new(Outbox::NextAttemptAt).timestamp_with_time_zone().null().to_owned(),
            ColumnDef::new(Outbox::FailedAt).timestamp_with_time_zone().null().to_owned(),
            ColumnDef::new(Outbox::LastError).string_len(64).null().to_owned(),
        ] {
            manager.alter_table(Table::alter().table(Outbox::Table).add_column(col).to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in [Outbox::LeaseUntil, Outbox::NextAttemptAt, Outbox::FailedAt, Outbox::LastError] {
            manager.alter_table(Table::alter().table(Outbox::Table).drop_column(col).to_owned()).await?;
        }
        Ok(())
    }
}
