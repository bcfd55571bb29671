//! Numbers that texted STOP: no text message is sent to them again. The number itself is not
//! kept, only its keyed hash (the key derives from the master key), which is all the sender needs
//! to check a number it is about to text.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SmsOptOut {
    Table,
    NumberHash,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SmsOptOut::Table)
                    .if_not_exists()
                    .col(ColumnDef::new(SmsOptOut::NumberHash).string_len(64).not_null().primary_key())
                    .col(ColumnDef::new(SmsOptOut::CreatedAt).timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(SmsOptOut::Table).to_owned()).await
    }
}
