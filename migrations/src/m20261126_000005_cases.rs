//! Case management: employers (with aliases, addresses and joint-liability links), the queue's
//! sort key, resolution, the employer notice date, notes, determinations, retaliation reviews,
//! supervisor notifications with their delivery outbox, and the keyed blind index that lets staff
//! search narratives without storing them in clear.
//!
//! SQLite cannot add a foreign key with ALTER TABLE, so `complaint.employer_id` is a plain column
//! there (the service keeps it consistent); the new tables carry real foreign keys.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Complaint {
    Table,
    Id,
    Status,
    EmployerId,
    Resolution,
    SortKey,
    NoticeSentOn,
    AssigneeId,
}

#[derive(DeriveIden)]
enum ComplaintEvent {
    Table,
    ActorEmail,
    DetailCt,
}

#[derive(DeriveIden)]
enum Employer {
    Table,
    Id,
    Name,
    NormalizedName,
    CreatedAt,
}

#[derive(DeriveIden)]
enum EmployerAlias {
    Table,
    EmployerId,
    NormalizedName,
    Name,
}

#[derive(DeriveIden)]
enum EmployerAddress {
    Table,
    Id,
    EmployerId,
    Address,
}

#[derive(DeriveIden)]
enum EmployerLink {
    Table,
    Id,
    EmployerId,
    RelatedEmployerId,
    Kind,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CaseNote {
    Table,
    Id,
    ComplaintId,
    AuthorEmail,
    At,
    VisibleToWorker,
    BodyCt,
}

#[derive(DeriveIden)]
enum Determination {
    Table,
    Id,
    ComplaintId,
    InputJson,
    LinesJson,
    TotalCents,
    UnpaidCents,
    State,
    RecordedBy,
    RecordedAt,
    DecidedBy,
    DecidedAt,
}

#[derive(DeriveIden)]
enum RetaliationReview {
    Table,
    Id,
    ComplaintId,
    Kind,
    Decision,
    Instances,
    ReasonCt,
    ReviewerEmail,
    At,
}

#[derive(DeriveIden)]
enum Notification {
    Table,
    Id,
    UserId,
    ComplaintId,
    Kind,
    CreatedAt,
    ReadAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    Channel,
    Recipient,
    Template,
    ComplaintId,
    CreatedAt,
    SentAt,
    Attempts,
}

#[derive(DeriveIden)]
enum ComplaintTerm {
    Table,
    ComplaintId,
    Term,
}

#[derive(DeriveIden)]
enum ComplaintViolation {
    Table,
    ComplaintId,
    Code,
}

#[derive(DeriveIden)]
enum StaffUser {
    Table,
    Id,
}

fn fk_complaint<T: IntoIden + 'static>(table: T, col: T) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, col)
        .to(Complaint::Table, Complaint::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Employer::Table)
                    .col(ColumnDef::new(Employer::Id).big_integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Employer::Name).string_len(200).not_null())
                    // Lower case, no accents or punctuation, legal suffixes (LLC, Inc.) dropped.
                    .col(ColumnDef::new(Employer::NormalizedName).string_len(200).not_null().unique_key())
                    .col(ColumnDef::new(Employer::CreatedAt).timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EmployerAlias::Table)
                    .col(ColumnDef::new(EmployerAlias::NormalizedName).string_len(200).not_null().primary_key())
                    .col(ColumnDef::new(EmployerAlias::EmployerId).big_integer().not_null())
                    .col(ColumnDef::new(EmployerAlias::Name).string_len(200).not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(EmployerAlias::Table, EmployerAlias::EmployerId)
                            .to(Employer::Table, Employer::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EmployerAddress::Table)
                    .col(ColumnDef::new(EmployerAddress::Id).big_integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(EmployerAddress::EmployerId).big_integer().not_null())
                    .col(ColumnDef::new(EmployerAddress::Address).string_len(400).not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(EmployerAddress::Table, EmployerAddress::EmployerId)
                            .to(Employer::Table, Employer::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_employer_address_unique")
                    .table(EmployerAddress::Table)
                    .col(EmployerAddress::EmployerId)
                    .col(EmployerAddress::Address)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EmployerLink::Table)
                    .col(ColumnDef::new(EmployerLink::Id).big_integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(EmployerLink::EmployerId).big_integer().not_null())
                    .col(ColumnDef::new(EmployerLink::RelatedEmployerId).big_integer().not_null())
                    // general_contractor | staffing_agency | subcontractor | client
                    .col(ColumnDef::new(EmployerLink::Kind).string_len(32).not_null())
                    .col(ColumnDef::new(EmployerLink::CreatedBy).string_len(254).not_null())
                    .col(ColumnDef::new(EmployerLink::CreatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(EmployerLink::Table, EmployerLink::EmployerId)
                            .to(Employer::Table, Employer::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(EmployerLink::Table, EmployerLink::RelatedEmployerId)
                            .to(Employer::Table, Employer::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        for col in [
            ColumnDef::new(Complaint::EmployerId).big_integer().null().to_owned(),
            // How a resolved case ended (paid, referred_collection, ...); NULL until resolved.
            ColumnDef::new(Complaint::Resolution).string_len(32).null().to_owned(),
            // The queue order as one indexed string: open?, urgency, first-contact due, filed, id.
            // Keyset paging on it stays fast at any depth.
            ColumnDef::new(Complaint::SortKey).string_len(64).not_null().default("").to_owned(),
            // When the notice of complaint went to the employer (their 21 days start here).
            ColumnDef::new(Complaint::NoticeSentOn).date().null().to_owned(),
        ] {
            manager.alter_table(Table::alter().table(Complaint::Table).add_column(col).to_owned()).await?;
        }
        for (name, cols) in [
            ("idx_complaint_sort", vec![Complaint::SortKey]),
            ("idx_complaint_employer", vec![Complaint::EmployerId, Complaint::SortKey]),
            ("idx_complaint_assignee_sort", vec![Complaint::AssigneeId, Complaint::SortKey]),
            ("idx_complaint_status_sort", vec![Complaint::Status, Complaint::SortKey]),
        ] {
            let mut idx = Index::create().name(name).table(Complaint::Table).to_owned();
            for c in cols {
                idx.col(c);
            }
            manager.create_index(idx).await?;
        }
        for col in [
            // Who made the move (staff email; NULL for the system, e.g. intake).
            ColumnDef::new(ComplaintEvent::ActorEmail).string_len(254).null().to_owned(),
            // Why (free text, may name people: sealed with the complaint's data key).
            ColumnDef::new(ComplaintEvent::DetailCt).binary().null().to_owned(),
        ] {
            manager.alter_table(Table::alter().table(ComplaintEvent::Table).add_column(col).to_owned()).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(CaseNote::Table)
                    .col(ColumnDef::new(CaseNote::Id).big_integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(CaseNote::ComplaintId).big_integer().not_null())
                    .col(ColumnDef::new(CaseNote::AuthorEmail).string_len(254).not_null())
                    .col(ColumnDef::new(CaseNote::At).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(CaseNote::VisibleToWorker).boolean().not_null())
                    .col(ColumnDef::new(CaseNote::BodyCt).binary().not_null())
                    .foreign_key(&mut fk_complaint(CaseNote::Table, CaseNote::ComplaintId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Determination::Table)
                    .col(ColumnDef::new(Determination::Id).big_integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Determination::ComplaintId).big_integer().not_null())
                    // The calculator's input and its lines (hours and amounts; nothing identifying).
                    .col(ColumnDef::new(Determination::InputJson).text().not_null())
                    .col(ColumnDef::new(Determination::LinesJson).text().not_null())
                    .col(ColumnDef::new(Determination::TotalCents).big_integer().not_null())
                    .col(ColumnDef::new(Determination::UnpaidCents).big_integer().not_null())
                    // pending | approved | returned
                    .col(ColumnDef::new(Determination::State).string_len(16).not_null())
                    .col(ColumnDef::new(Determination::RecordedBy).string_len(254).not_null())
                    .col(ColumnDef::new(Determination::RecordedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Determination::DecidedBy).string_len(254).null())
                    .col(ColumnDef::new(Determination::DecidedAt).timestamp_with_time_zone().null())
                    .foreign_key(&mut fk_complaint(Determination::Table, Determination::ComplaintId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RetaliationReview::Table)
                    .col(ColumnDef::new(RetaliationReview::Id).big_integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(RetaliationReview::ComplaintId).big_integer().not_null())
                    .col(ColumnDef::new(RetaliationReview::Kind).string_len(32).not_null())
                    // confirmed | dismissed
                    .col(ColumnDef::new(RetaliationReview::Decision).string_len(16).not_null())
                    .col(ColumnDef::new(RetaliationReview::Instances).integer().not_null())
                    .col(ColumnDef::new(RetaliationReview::ReasonCt).binary().not_null())
                    .col(ColumnDef::new(RetaliationReview::ReviewerEmail).string_len(254).not_null())
                    .col(ColumnDef::new(RetaliationReview::At).timestamp_with_time_zone().not_null())
                    .foreign_key(&mut fk_complaint(RetaliationReview::Table, RetaliationReview::ComplaintId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Notification::Table)
                    .col(ColumnDef::new(Notification::Id).big_integer().not_null().auto_increment().primary_key())
                    .col(ColumnDef::new(Notification::UserId).big_integer().not_null())
                    .col(ColumnDef::new(Notification::ComplaintId).big_integer().not_null())
                    .col(ColumnDef::new(Notification::Kind).string_len(32).not_null())
                    .col(ColumnDef::new(Notification::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Notification::ReadAt).timestamp_with_time_zone().null())
                    .foreign_key(&mut fk_complaint(Notification::Table, Notification::ComplaintId))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Notification::Table, Notification::UserId)
                            .to(StaffUser::Table, StaffUser::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_notification_user")
                    .table(Notification::Table)
                    .col(Notification::UserId)
                    .col(Notification::ReadAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .col(ColumnDef::new(Outbox::Id).big_integer().not_null().auto_increment().primary_key())
                    // email | sms
                    .col(ColumnDef::new(Outbox::Channel).string_len(8).not_null())
                    // A staff address (never a worker's: workers are contacted by their investigator).
                    .col(ColumnDef::new(Outbox::Recipient).string_len(254).not_null())
                    // Template id; the message names the case id only, never its content.
                    .col(ColumnDef::new(Outbox::Template).string_len(64).not_null())
                    .col(ColumnDef::new(Outbox::ComplaintId).big_integer().null())
                    .col(ColumnDef::new(Outbox::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Outbox::SentAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Outbox::Attempts).integer().not_null().default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ComplaintTerm::Table)
                    .col(ColumnDef::new(ComplaintTerm::ComplaintId).big_integer().not_null())
                    // First 8 bytes of HMAC-SHA256(blind-index key, normalised word), as a signed integer.
                    .col(ColumnDef::new(ComplaintTerm::Term).big_integer().not_null())
                    .primary_key(Index::create().col(ComplaintTerm::Term).col(ComplaintTerm::ComplaintId))
                    .foreign_key(&mut fk_complaint(ComplaintTerm::Table, ComplaintTerm::ComplaintId))
                    .to_owned(),
            )
            .await?;
        for (name, table, col) in [
            ("idx_case_note_complaint", CaseNote::Table.into_iden(), CaseNote::ComplaintId.into_iden()),
            ("idx_determination_complaint", Determination::Table.into_iden(), Determination::ComplaintId.into_iden()),
            ("idx_review_complaint", RetaliationReview::Table.into_iden(), RetaliationReview::ComplaintId.into_iden()),
            ("idx_term_complaint", ComplaintTerm::Table.into_iden(), ComplaintTerm::ComplaintId.into_iden()),
        ] {
            manager.create_index(Index::create().name(name).table(table).col(col).to_owned()).await?;
        }
        // The queue's violation filter looks complaints up by code.
        manager
            .create_index(
                Index::create()
                    .name("idx_violation_code")
                    .table(ComplaintViolation::Table)
                    .col(ComplaintViolation::Code)
                    .col(ComplaintViolation::ComplaintId)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name("idx_violation_code").table(ComplaintViolation::Table).to_owned())
            .await?;
        for t in [
            ComplaintTerm::Table.into_iden(),
            Outbox::Table.into_iden(),
            Notification::Table.into_iden(),
            RetaliationReview::Table.into_iden(),
            Determination::Table.into_iden(),
            CaseNote::Table.into_iden(),
            EmployerLink::Table.into_iden(),
            EmployerAddress::Table.into_iden(),
            EmployerAlias::Table.into_iden(),
            Employer::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        for name in
            ["idx_complaint_sort", "idx_complaint_employer", "idx_complaint_assignee_sort", "idx_complaint_status_sort"]
        {
            manager.drop_index(Index::drop().name(name).table(Complaint::Table).to_owned()).await?;
        }
        for col in [Complaint::EmployerId, Complaint::Resolution, Complaint::SortKey, Complaint::NoticeSentOn] {
            manager.alter_table(Table::alter().table(Complaint::Table).drop_column(col).to_owned()).await?;
        }
        for col in [ComplaintEvent::ActorEmail, ComplaintEvent::DetailCt] {
            manager.alter_table(Table::alter().table(ComplaintEvent::Table).drop_column(col).to_owned()).await?;
        }
        Ok(())
    }
}
