//! Evidence: files a worker, an advocate or staff attach to a case (photos, PDFs, voice notes).
//! Each file is sealed with the case key in chunks of 64 KiB (so it is written and read in
//! bounded memory), goes with the case at disposal (crypto-shredded with its key, rows deleted
//! with the complaint), and keeps in clear only its kind, size and when it came. Its description
//! (screened like the narrative) is sealed too.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Complaint {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Evidence {
    Table,
    Id,
    ComplaintId,
    Kind,
    ContentType,
    SizeBytes,
    Chunks,
    Source,
    DescriptionCt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum EvidenceChunk {
    Table,
    EvidenceId,
    Seq,
    Ct,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Evidence::Table)
                    .if_not_exists()
                    .col(ColumnDef::new(Evidence::Id).big_integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Evidence::ComplaintId).big_integer().not_null())
                    .col(ColumnDef::new(Evidence::Kind).string_len(8).not_null())
                    .col(ColumnDef::new(Evidence::ContentType).string_len(64).not_null())
                    .col(ColumnDef::new(Evidence::SizeBytes).big_integer().not_null())
                    .col(ColumnDef::new(Evidence::Chunks).integer().not_null())
                    .col(ColumnDef::new(Evidence::Source).string_len(16).not_null())
                    .col(ColumnDef::new(Evidence::DescriptionCt).binary().null())
                    .col(ColumnDef::new(Evidence::CreatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Evidence::Table, Evidence::ComplaintId)
                            .to(Complaint::Table, Complaint::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("evidence_by_complaint")
                    .table(Evidence::Table)
                    .col(Evidence::ComplaintId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EvidenceChunk::Table)
                    .if_not_exists()
                    .col(ColumnDef::new(EvidenceChunk::EvidenceId).big_integer().not_null())
                    .col(ColumnDef::new(EvidenceChunk::Seq).integer().not_null())
                    .col(ColumnDef::new(EvidenceChunk::Ct).binary().not_null())
                    .primary_key(Index::create().col(EvidenceChunk::EvidenceId).col(EvidenceChunk::Seq))
                    .foreign_key(
                        ForeignKey::create()
                            .from(EvidenceChunk::Table, EvidenceChunk::EvidenceId)
                            .to(Evidence::Table, Evidence::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(EvidenceChunk::Table).to_owned()).await?;
        manager.drop_table(Table::drop().table(Evidence::Table).to_owned()).await
    }
}
