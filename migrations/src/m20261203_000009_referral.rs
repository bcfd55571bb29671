//! A supervisor's decision on a proposed referral (to the state Attorney General, or under the
//! federal forced-labour statute). Which destination, the decision and its reason are sealed with
//! the case key: a referral exists only because of a threat about immigration, so even its
//! destination could stand in for what the worker's status is. Only who decided and when are clear.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Complaint {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Referral {
    Table,
    Id,
    ComplaintId,
    SealedCt,
    DecidedBy,
    DecidedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Referral::Table)
                    .if_not_exists()
                    .col(ColumnDef::new(Referral::Id).big_integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Referral::ComplaintId).big_integer().not_null())
                    .col(ColumnDef::new(Referral::SealedCt).binary().not_null())
                    .col(ColumnDef::new(Referral::DecidedBy).string_len(320).not_null())
                    .col(ColumnDef::new(Referral::DecidedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Referral::Table, Referral::ComplaintId)
                            .to(Complaint::Table, Complaint::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("referral_by_complaint")
                    .table(Referral::Table)
                    .col(Referral::ComplaintId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Referral::Table).to_owned()).await
    }
}
