//! Reading a `multipart/form-data` upload in bounded memory: small text fields, and one file
//! read up to the limit + 1 byte. A file over the limit is not kept: the rest of the request is
//! read and dropped (up to [`DRAIN_LIMIT`], so the browser gets the page that says why instead
//! of a reset connection), never held.

use axum::extract::Request;
use axum::http::header;
use std::collections::HashMap;

/// The most bytes read (and dropped) past an oversized file before the connection is cut.
pub const DRAIN_LIMIT: u64 = 64 * 1024 * 1024;
/// The longest text field kept.
const TEXT_LIMIT: usize = 16 * 1024;

/// What an upload form sent.
#[derive(Debug, Default)]
pub struct UploadForm {
    /// Text fields (each cut at 16 KiB).
    pub fields: HashMap<String, String>,
    /// The file's bytes (at most the limit + 1).
    pub file: Option<Vec<u8>>,
    /// The file was larger than the limit (its bytes were dropped).
    pub too_large: bool,
    /// What the sender said the file is: its name and its declared type (never trusted, only
    /// compared with what the bytes are).
    pub declared: (Option<String>, Option<String>),
}

impl UploadForm {
    /// A text field, or "".
    pub fn get(&self, name: &str) -> &str {
        self.fields.get(name).map(String::as_str).unwrap_or("")
    }
}

/// Why an upload could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    /// Not multipart, or malformed.
    #[error("not a multipart form: {0}")]
    Malformed(String),
}

/// Reads the form; `file_field` is the name of the file part, `max_file` its limit in bytes.
pub async fn read_upload(req: Request, file_field: &str, max_file: usize) -> Result<UploadForm, UploadError> {
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let boundary = multer::parse_boundary(content_type).map_err(|e| UploadError::Malformed(e.to_string()))?;
    let stream = req.into_body().into_data_stream();
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut out = UploadForm::default();
    let mut drained: u64 = 0;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            // Cut off while draining an oversized file: what was read is enough to answer.
            Err(_) if out.too_large => break,
            Err(e) => return Err(UploadError::Malformed(e.to_string())),
        };
        let name = field.name().unwrap_or("").to_owned();
        let mut field = field;
        // A second file, or any part past an oversized file, is read and dropped.
        if name == file_field && out.file.is_none() && !out.too_large {
            out.declared =
                (field.file_name().map(str::to_owned), field.content_type().map(|m| m.essence_str().to_owned()));
            let mut bytes: Vec<u8> = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(|e| UploadError::Malformed(e.to_string()))? {
                if out.too_large {
                    drained += chunk.len() as u64;
                    if drained > DRAIN_LIMIT {
                        return Ok(out);
                    }
                    continue;
                }
                bytes.extend_from_slice(&chunk);
                if bytes.len() > max_file {
                    out.too_large = true;
                    bytes = Vec::new();
                }
            }
            if !out.too_large {
                out.file = Some(bytes);
            }
        } else {
            let mut text: Vec<u8> = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(|e| UploadError::Malformed(e.to_string()))? {
                drained += chunk.len() as u64;
                if drained > DRAIN_LIMIT {
                    return Ok(out);
                }
                if text.len() < TEXT_LIMIT {
                    text.extend_from_slice(&chunk[..chunk.len().min(TEXT_LIMIT - text.len())]);
                }
            }
            out.fields.insert(name, String::from_utf8_lossy(&text).into_owned());
        }
    }
    Ok(out)
}
