//! Evidence files (pay stubs, schedules, screenshots of threats, voice notes) attached to a case.
//!
//! A file is judged by its bytes ([`crate::infra::media::sniff`]), photos are re-encoded without
//! metadata, and every file is sealed with the case key in chunks of [`CHUNK`] bytes, written in
//! one transaction (nothing partial is kept when anything fails) and read back chunk by chunk.
//! Its description is sealed too and screened for retaliation like the narrative. The caller
//! bounds what it reads to [`EvidenceLimits::max_bytes`] + 1 before anything reaches here.

use crate::infra::crypto::DataKey;
use crate::infra::entities::{evidence, evidence_chunk};
use crate::infra::media::{Media, MediaError, clean_image, sniff};
use chrono::Utc;
use reclamo_shared::case_view::EvidenceItem;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

/// Bytes per sealed chunk.
pub const CHUNK: usize = 64 * 1024;

/// How much evidence a case takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EvidenceLimits {
    /// The largest file, in bytes (`RECLAMO_EVIDENCE_MAX_MB`, default 10 MB).
    pub max_bytes: usize,
    /// The most files per case (`RECLAMO_EVIDENCE_MAX_FILES`, default 10).
    pub max_files: u32,
}

impl EvidenceLimits {
    /// The largest file in whole MB (for messages).
    pub fn max_mb(self) -> u32 {
        u32::try_from(self.max_bytes / (1024 * 1024)).unwrap_or(u32::MAX)
    }
}

impl Default for EvidenceLimits {
    fn default() -> Self {
        EvidenceLimits { max_bytes: 10 * 1024 * 1024, max_files: 10 }
    }
}

/// Why a file was not kept. Codes (`code()`) are what the web layer words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EvidenceError {
    /// Larger than [`EvidenceLimits::max_bytes`] (the limit in MB).
    #[error("too large")]
    TooLarge(u32),
    /// The case already holds [`EvidenceLimits::max_files`] files (that many).
    #[error("too many files")]
    TooMany(u32),
    /// No file was sent (or it was empty).
    #[error("missing")]
    Missing,
    /// The file's kind or content is refused.
    #[error("media: {0}")]
    Media(#[from] MediaError),
    /// The case's key is gone (disposed): nothing can be added.
    #[error("closed")]
    Closed,
}

impl EvidenceError {
    /// A stable code: `too_large`, `too_many`, `missing`, `unsupported`, `heic`, `damaged`, `closed`.
    pub fn code(self) -> &'static str {
        match self {
            EvidenceError::TooLarge(_) => "too_large",
            EvidenceError::TooMany(_) => "too_many",
            EvidenceError::Missing => "missing",
            EvidenceError::Media(MediaError::Unsupported) => "unsupported",
            EvidenceError::Media(MediaError::Heic) => "heic",
            EvidenceError::Media(MediaError::Damaged) => "damaged",
            EvidenceError::Closed => "closed",
        }
    }
}

/// A file as received.
#[derive(Clone, Debug, Default)]
pub struct Upload {
    /// The bytes (at most the limit + 1: the caller stops reading there).
    pub bytes: Vec<u8>,
    /// What it is, as the sender wrote it.
    pub description: Option<String>,
    /// The file's name and declared MIME type, as sent (compared with the content, never trusted).
    pub declared: (Option<String>, Option<String>),
}

/// The kind (`image`, `pdf`, `audio`) a file's name or declared type claims, if any.
fn declared_kind(name: Option<&str>, mime: Option<&str>) -> Option<&'static str> {
    let by_mime = mime.and_then(|m| match m.split('/').next() {
        Some("image") => Some("image"),
        Some("audio") => Some("audio"),
        _ if m == "application/pdf" => Some("pdf"),
        _ => None,
    });
    let by_name = name.and_then(|n| n.rsplit_once('.')).and_then(|(_, ext)| match ext.to_ascii_lowercase().as_str() {
        "jpg" | "jpeg" | "png" | "webp" | "heic" | "heif" | "gif" => Some("image"),
        "pdf" => Some("pdf"),
        "m4a" | "aac" | "ogg" | "opus" | "oga" | "mp3" | "wav" | "amr" | "3gp" => Some("audio"),
        _ => None,
    });
    by_mime.or(by_name)
}

/// A file ready to keep: its kind, MIME type and the bytes to seal.
pub(crate) struct Prepared {
    pub kind: &'static str,
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
    /// A small JPEG of a photo.
    pub thumb: Option<Vec<u8>>,
}

/// Checks the size and the content and cleans photos (CPU-bound: run on a blocking thread).
pub(crate) fn prepare(
    bytes: Vec<u8>,
    declared: (Option<String>, Option<String>),
    limits: EvidenceLimits,
) -> Result<Prepared, EvidenceError> {
    if bytes.is_empty() {
        return Err(EvidenceError::Missing);
    }
    if bytes.len() > limits.max_bytes {
        return Err(EvidenceError::TooLarge(limits.max_mb()));
    }
    let media = sniff(&bytes)?;
    // A file that says it is one kind and is another (a photo renamed `.pdf`) is refused: the
    // content decides what a file is, and a mismatch is a reason to keep nothing.
    if declared_kind(declared.0.as_deref(), declared.1.as_deref()).is_some_and(|k| k != media.kind()) {
        return Err(EvidenceError::Media(MediaError::Unsupported));
    }
    match media {
        Media::Image(format) => {
            let clean = clean_image(&bytes, format)?;
            Ok(Prepared {
                kind: media.kind(),
                content_type: clean.content_type,
                bytes: clean.bytes,
                thumb: Some(clean.thumb),
            })
        }
        Media::Pdf => Ok(Prepared { kind: media.kind(), content_type: "application/pdf", bytes, thumb: None }),
        Media::Audio(content_type) => Ok(Prepared { kind: media.kind(), content_type, bytes, thumb: None }),
    }
}

/// The sealed field name of chunk `seq` of evidence `id` (binds each chunk to its place).
pub(crate) fn chunk_field(id: i64, seq: i32) -> String {
    format!("evidence:{id}:{seq}")
}

/// The sealed field name of evidence `id`'s thumbnail.
pub(crate) fn thumb_field(id: i64) -> String {
    format!("evidence-thumb:{id}")
}

/// How many files the case holds.
pub(crate) async fn count<C: ConnectionTrait>(db: &C, complaint_id: i64) -> Result<u64, DbErr> {
    evidence::Entity::find().filter(evidence::Column::ComplaintId.eq(complaint_id)).count(db).await
}

/// Seals and stores a prepared file for the case (in the caller's transaction).
pub(crate) async fn store<C: ConnectionTrait>(
    db: &C,
    dk: &DataKey,
    case: &str,
    complaint_id: i64,
    file: &Prepared,
    source: &str,
    description: Option<&str>,
) -> Result<i64, DbErr> {
    let chunks = file.bytes.chunks(CHUNK).len();
    let inserted = evidence::Entity::insert(evidence::ActiveModel {
        complaint_id: Set(complaint_id),
        kind: Set(file.kind.to_owned()),
        content_type: Set(file.content_type.to_owned()),
        size_bytes: Set(file.bytes.len() as i64),
        chunks: Set(i32::try_from(chunks).unwrap_or(i32::MAX)),
        source: Set(source.to_owned()),
        description_ct: Set(description.map(|d| dk.seal(case, "evidence_description", d.as_bytes()))),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec(db)
    .await?;
    let id = inserted.last_insert_id;
    if let Some(thumb) = &file.thumb {
        evidence::Entity::update_many()
            .filter(evidence::Column::Id.eq(id))
            .col_expr(
                evidence::Column::ThumbCt,
                sea_orm::sea_query::Expr::value(dk.seal(case, &thumb_field(id), thumb)),
            )
            .exec(db)
            .await?;
    }
    for (seq, part) in file.bytes.chunks(CHUNK).enumerate() {
        let seq = i32::try_from(seq).unwrap_or(i32::MAX);
        evidence_chunk::Entity::insert(evidence_chunk::ActiveModel {
            evidence_id: Set(id),
            seq: Set(seq),
            ct: Set(dk.seal(case, &chunk_field(id, seq), part)),
        })
        .exec(db)
        .await?;
    }
    Ok(id)
}

/// The case's files, oldest first, descriptions opened when the key is given.
pub(crate) async fn list<C: ConnectionTrait>(
    db: &C,
    dk: Option<&DataKey>,
    case: &str,
    complaint_id: i64,
) -> Result<Vec<EvidenceItem>, DbErr> {
    let rows = evidence::Entity::find()
        .filter(evidence::Column::ComplaintId.eq(complaint_id))
        .order_by_asc(evidence::Column::Id)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|e| EvidenceItem {
            description: match (dk, &e.description_ct) {
                (Some(dk), Some(ct)) => {
                    dk.open(case, "evidence_description", ct).ok().map(|b| String::from_utf8_lossy(&b).into_owned())
                }
                _ => None,
            },
            id: e.id,
            kind: e.kind,
            content_type: e.content_type,
            size_bytes: e.size_bytes,
            source: e.source,
            created_at: e.created_at,
        })
        .collect())
}

/// The descriptions of a case's files, for screening.
pub(crate) async fn descriptions<C: ConnectionTrait>(
    db: &C,
    dk: &DataKey,
    case: &str,
    complaint_id: i64,
) -> Result<Vec<String>, DbErr> {
    Ok(list(db, Some(dk), case, complaint_id).await?.into_iter().filter_map(|e| e.description).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_and_kinds() {
        let limits = EvidenceLimits { max_bytes: 100, max_files: 10 };
        let none = || (None, None);
        let named = |n: &str| (Some(n.to_owned()), None);
        assert_eq!(prepare(vec![], none(), limits).err(), Some(EvidenceError::Missing));
        assert_eq!(prepare(vec![b'%'; 101], none(), limits).err(), Some(EvidenceError::TooLarge(0)));
        let exe = b"MZ\x90\x00 not a photo".to_vec();
        assert_eq!(prepare(exe, named("photo.jpg"), limits).err().map(|e| e.code()), Some("unsupported"));
        let pdf =
            prepare(b"%PDF-1.4\n%%EOF".to_vec(), named("stub.PDF"), limits).ok().map(|p| (p.kind, p.content_type));
        assert_eq!(pdf, Some(("pdf", "application/pdf")));
        // A PDF sent as a photo, or a photo renamed `.pdf`: the claim and the content disagree.
        let as_photo = (Some("stub.jpg".to_owned()), Some("image/jpeg".to_owned()));
        assert_eq!(prepare(b"%PDF-1.4\n".to_vec(), as_photo, limits).err().map(|e| e.code()), Some("unsupported"));
        let png_named_pdf = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR".to_vec();
        assert_eq!(prepare(png_named_pdf, named("scan.pdf"), limits).err().map(|e| e.code()), Some("unsupported"));
        assert_eq!(declared_kind(Some("nota.OPUS"), None), Some("audio"));
        assert_eq!(declared_kind(Some("x"), Some("application/octet-stream")), None);
    }
}
