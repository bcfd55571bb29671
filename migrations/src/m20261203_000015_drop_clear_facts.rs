//! Drops the clear columns whose content the previous migration's data step sealed (see
//! `m20261203_000014_sealed_facts`). `down` brings the columns back empty: what was sealed stays
//! sealed.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Complaint {
    Table,
    RetImmigrationThreat,
    RetStatusReportThreat,
    RetFired,
    RetHoursCut,
    RetViolence,
    RetBlacklist,
    RetaliationKinds,
    EmployerSupervisor,
    JobRole,
}

#[derive(DeriveIden)]
enum RetaliationReview {
    Table,
    Kind,
}

const ANSWERS: [Complaint; 6] = [
    Complaint::RetImmigrationThreat,
    Complaint::RetStatusReportThreat,
    Complaint::RetFired,
    Complaint::RetHoursCut,
    Complaint::RetViolence,
    Complaint::RetBlacklist,
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Plain SQL, one column per statement: the same `ALTER TABLE … DROP COLUMN` on PostgreSQL
        // and on SQLite (3.35 and later), which alters one thing at a time.
        for column in crate::CLEAR_FACT_COLUMNS {
            manager.get_connection().execute_unprepared(&format!("ALTER TABLE complaint DROP COLUMN {column}")).await?;
        }
        manager.get_connection().execute_unprepared("ALTER TABLE retaliation_review DROP COLUMN kind").await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut cols: Vec<ColumnDef> =
            ANSWERS.into_iter().map(|c| ColumnDef::new(c).boolean().null().to_owned()).collect();
        cols.push(ColumnDef::new(Complaint::RetaliationKinds).string_len(200).null().to_owned());
        cols.push(ColumnDef::new(Complaint::EmployerSupervisor).string_len(200).null().to_owned());
        cols.push(ColumnDef::new(Complaint::JobRole).string_len(200).null().to_owned());
        for col in cols {
            manager.alter_table(Table::alter().table(Complaint::Table).add_column(col).to_owned()).await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(RetaliationReview::Table)
                    .add_column(ColumnDef::new(RetaliationReview::Kind).string_len(40).not_null().default(""))
                    .to_owned(),
            )
            .await
    }
}
