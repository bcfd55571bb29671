//! What could stand in for a worker's status leaves the clear columns (#14): the worker's answers
//! about threats, the kinds of retaliation screening flagged, the supervisor's name and the job
//! role go into one column sealed with the case key (`facts_ct`), and the kind of each human review
//! into `kind_ct`. The queue keeps only a coarse marker (`retaliation_flagged`) next to the
//! priority it already had.
//!
//! Sealing needs the master key, which a migration does not have: the server runs this migration,
//! seals what older versions left in clear (`services::cases::facts::seal_clear`), and only then
//! the next migration, which drops the clear columns.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Complaint {
    Table,
    FactsCt,
    RetaliationFlagged,
}

#[derive(DeriveIden)]
enum RetaliationReview {
    Table,
    KindCt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in [
            ColumnDef::new(Complaint::FactsCt).binary().null().to_owned(),
            ColumnDef::new(Complaint::RetaliationFlagged).boolean().not_null().default(false).to_owned(),
        ] {
            manager.alter_table(Table::alter().table(Complaint::Table).add_column(col).to_owned()).await?;
        }
        manager
            .get_connection()
            .execute_unprepared("UPDATE complaint SET retaliation_flagged = (retaliation_kinds IS NOT NULL)")
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(RetaliationReview::Table)
                    .add_column(ColumnDef::new(RetaliationReview::KindCt).binary().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter().table(RetaliationReview::Table).drop_column(RetaliationReview::KindCt).to_owned(),
            )
            .await?;
        for col in [Complaint::FactsCt, Complaint::RetaliationFlagged] {
            manager.alter_table(Table::alter().table(Complaint::Table).drop_column(col).to_owned()).await?;
        }
        Ok(())
    }
}
