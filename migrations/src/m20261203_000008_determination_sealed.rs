//! A determination's calculator input and lines name the kinds of retaliation found (a threat
//! about immigration among them), which can stand in for what a worker's status is: they are
//! sealed with the case key, like the rest of the case's personal data. New rows keep the old
//! clear columns empty; rows recorded before stay readable until the case is disposed of.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Determination {
    Table,
    SealedCt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Determination::Table)
                    .add_column(ColumnDef::new(Determination::SealedCt).binary().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(Table::alter().table(Determination::Table).drop_column(Determination::SealedCt).to_owned())
            .await
    }
}
