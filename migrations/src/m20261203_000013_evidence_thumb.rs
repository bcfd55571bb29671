//! A small JPEG of each photo, sealed with the case key, so staff see the list of evidence without
//! downloading every photo whole.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Evidence {
    Table,
    ThumbCt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Evidence::Table)
                    .add_column(ColumnDef::new(Evidence::ThumbCt).binary().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(Evidence::Table).drop_column(Evidence::ThumbCt).to_owned()).await
    }
}
