//! Field encryption at rest, per complaint (DOMAIN.md principle 3: what we hold can be destroyed).
//!
//! * Each complaint gets a random 256-bit **data key**. Personal fields are sealed with
//!   XChaCha20-Poly1305 under it; the associated data binds each ciphertext to its complaint
//!   (tracking code) and field name, so ciphertexts cannot be swapped between rows or columns.
//! * The data key is stored **wrapped** by the master key, with the master key's id so keys can
//!   rotate. Deleting the wrapped key (crypto-shredding) makes every copy of the ciphertext —
//!   backups, WAL, free pages — unreadable.
//! * The **master key** comes from `RECLAMO_MASTER_KEY_FILE` (default `<data dir>/master.key`),
//!   created with mode 0600 on first start.

use base64::{Engine, engine::general_purpose::STANDARD as B64};
use chacha20poly1305::{
    XChaCha20Poly1305, XNonce,
    aead::{Aead, KeyInit, Payload},
};
use hmac::{Hmac, Mac};
use rand::{RngCore, rngs::OsRng};
use sha2::Sha256;
use std::{fmt, path::Path};

/// Format version prefixed to every ciphertext and wrapped key.
const VERSION: u8 = 1;
const NONCE_LEN: usize = 24;

/// Encryption or decryption failed (wrong key, tampered data, or a broken key file).
#[derive(Debug, thiserror::Error)]
pub enum CryptoError {
    /// The ciphertext does not open under this key and associated data.
    #[error("ciphertext does not authenticate")]
    Open,
    /// The ciphertext is malformed or of an unknown version.
    #[error("malformed ciphertext")]
    Malformed,
    /// The master key file is unreadable or malformed.
    #[error("master key file {path}: {message}")]
    KeyFile {
        /// File.
        path: String,
        /// What is wrong.
        message: String,
    },
}

/// Seals `plaintext` under `key` with associated data `aad` (version || nonce || ciphertext).
pub fn seal_with(key: &[u8; 32], aad: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let cipher = XChaCha20Poly1305::new(key.into());
    let mut nonce = [0u8; NONCE_LEN];
    OsRng.fill_bytes(&mut nonce);
    // Encryption with a valid key and a random nonce cannot fail for in-memory buffers.
    let ct = cipher.encrypt(XNonce::from_slice(&nonce), Payload { msg: plaintext, aad }).unwrap_or_default();
    let mut out = Vec::with_capacity(1 + NONCE_LEN + ct.len());
    out.push(VERSION);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct);
    out
}

/// Opens what [`seal_with`] sealed.
pub fn open_with(key: &[u8; 32], aad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
    if sealed.len() < 1 + NONCE_LEN + 16 || sealed[0] != VERSION {
        return Err(CryptoError::Malformed);
    }
    let cipher = XChaCha20Poly1305::new(key.into());
    let nonce = XNonce::from_slice(&sealed[1..1 + NONCE_LEN]);
    cipher.decrypt(nonce, Payload { msg: &sealed[1 + NONCE_LEN..], aad }).map_err(|_| CryptoError::Open)
}

/// The key that wraps every complaint's data key.
#[derive(Clone)]
pub struct MasterKey {
    id: String,
    key: [u8; 32],
}

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MasterKey({})", self.id)
    }
}

impl MasterKey {
    /// A fresh random key (tests, and the first start).
    pub fn generate() -> MasterKey {
        let mut key = [0u8; 32];
        OsRng.fill_bytes(&mut key);
        let mut id = [0u8; 6];
        OsRng.fill_bytes(&mut id);
        MasterKey { id: format!("mk1-{}", hex::encode(id)), key }
    }

    /// Loads the key file, or creates it (mode 0600, refusing to overwrite) if it does not exist.
    /// File format: one line `reclamo-master-key v1 <id> <base64 key>`.
    pub fn load_or_create(path: &Path) -> Result<MasterKey, CryptoError> {
        let err = |message: String| CryptoError::KeyFile { path: path.display().to_string(), message };
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let parts: Vec<&str> = text.split_whitespace().collect();
                let [magic, version, id, b64] = parts.as_slice() else {
                    return Err(err("expected `reclamo-master-key v1 <id> <base64>`".into()));
                };
                if *magic != "reclamo-master-key" || *version != "v1" {
                    return Err(err("unknown format".into()));
                }
                let bytes = B64.decode(b64).map_err(|e| err(format!("base64: {e}")))?;
                let key: [u8; 32] = bytes.try_into().map_err(|_| err("key must be 32 bytes".into()))?;
                Ok(MasterKey { id: (*id).to_owned(), key })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir).map_err(|e| err(format!("create directory: {e}")))?;
                }
                let key = MasterKey::generate();
                let line = format!("reclamo-master-key v1 {} {}\n", key.id, B64.encode(key.key));
                write_private(path, line.as_bytes()).map_err(|e| err(format!("create: {e}")))?;
                Ok(key)
            }
            Err(e) => Err(err(format!("read: {e}"))),
        }
    }

    /// The key's id, stored next to every data key it wraps.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Wraps a complaint's data key, bound to that complaint.
    pub fn wrap(&self, case: &str, dk: &DataKey) -> Vec<u8> {
        seal_with(&self.key, format!("reclamo/v1/wrap/{case}").as_bytes(), &dk.0)
    }

    /// Unwraps a complaint's data key.
    pub fn unwrap_key(&self, case: &str, wrapped: &[u8]) -> Result<DataKey, CryptoError> {
        let bytes = open_with(&self.key, format!("reclamo/v1/wrap/{case}").as_bytes(), wrapped)?;
        bytes.try_into().map(DataKey).map_err(|_| CryptoError::Malformed)
    }

    /// A key derived for one purpose (HMAC-SHA256 of the purpose under the master key), so one
    /// secret serves several uses without any two sharing a key.
    pub fn subkey(&self, purpose: &str) -> [u8; 32] {
        hmac_sha256(&self.key, purpose.as_bytes())
    }
}

/// HMAC-SHA256.
pub fn hmac_sha256(key: &[u8], msg: &[u8]) -> [u8; 32] {
    // HMAC accepts keys of any length; this cannot fail.
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(key) else {
        return [0; 32];
    };
    mac.update(msg);
    mac.finalize().into_bytes().into()
}

#[cfg(unix)]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// One complaint's data key. Never stored unwrapped, never logged.
pub struct DataKey([u8; 32]);

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DataKey(***)")
    }
}

impl DataKey {
    /// A fresh random data key.
    pub fn generate() -> DataKey {
        let mut key = [0u8; 32];
        OsRng.fill_bytes(&mut key);
        DataKey(key)
    }

    fn aad(case: &str, field: &str) -> Vec<u8> {
        format!("reclamo/v1/field/{case}/{field}").into_bytes()
    }

    /// Seals one field of one complaint.
    pub fn seal(&self, case: &str, field: &str, plaintext: &[u8]) -> Vec<u8> {
        seal_with(&self.0, &Self::aad(case, field), plaintext)
    }

    /// Opens one field of one complaint.
    pub fn open(&self, case: &str, field: &str, sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
        open_with(&self.0, &Self::aad(case, field), sealed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_and_open_bind_case_and_field() {
        let dk = DataKey::generate();
        let ct = dk.seal("1234567890", "narrative", "el patrón no me pagó".as_bytes());
        assert_eq!(dk.open("1234567890", "narrative", &ct).unwrap(), "el patrón no me pagó".as_bytes());
        assert!(dk.open("1234567890", "contact", &ct).is_err(), "field swap must fail");
        assert!(dk.open("1234567891", "narrative", &ct).is_err(), "case swap must fail");
        let mut tampered = ct.clone();
        *tampered.last_mut().unwrap() ^= 1;
        assert!(dk.open("1234567890", "narrative", &tampered).is_err());
        assert!(DataKey::generate().open("1234567890", "narrative", &ct).is_err());
    }

    #[test]
    fn wrap_and_unwrap() {
        let mk = MasterKey::generate();
        let dk = DataKey::generate();
        let wrapped = mk.wrap("c1", &dk);
        let back = mk.unwrap_key("c1", &wrapped).unwrap();
        assert_eq!(back.0, dk.0);
        assert!(mk.unwrap_key("c2", &wrapped).is_err());
        assert!(MasterKey::generate().unwrap_key("c1", &wrapped).is_err());
    }

    #[test]
    fn key_file_is_created_private_and_reloads() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("master.key");
        let a = MasterKey::load_or_create(&path).unwrap();
        let b = MasterKey::load_or_create(&path).unwrap();
        assert_eq!(a.id, b.id);
        assert_eq!(a.key, b.key);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        std::fs::write(&path, "garbage").unwrap();
        assert!(MasterKey::load_or_create(&path).is_err());
    }
}
