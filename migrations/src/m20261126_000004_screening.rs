//! Retaliation screening results on each complaint: the kinds found (in clear, for the queue) and
//! the signals (phrases from the narrative, so personal: sealed with the complaint's data key),
//! plus the first-contact deadline.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Complaint {
    Table,
    RetaliationKinds,
    ScreeningCt,
    FirstContactDue,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in [
            // Comma-separated kind codes, most serious first; NULL when nothing was flagged.
            ColumnDef::new(Complaint::RetaliationKinds).string_len(200).null().to_owned(),
            ColumnDef::new(Complaint::ScreeningCt).binary().null().to_owned(),
            ColumnDef::new(Complaint::FirstContactDue).date().null().to_owned(),
        ] {
            manager.alter_table(Table::alter().table(Complaint::Table).add_column(col).to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in [Complaint::RetaliationKinds, Complaint::ScreeningCt, Complaint::FirstContactDue] {
            manager.alter_table(Table::alter().table(Complaint::Table).drop_column(col).to_owned()).await?;
        }
        Ok(())
    }
}
