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
    /// No key of this id in the keyring (rotated away, or another keyring).
    #[error("no master key with id {0}")]
    UnknownKey(String),
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

/// One wrapping key of the keyring.
#[derive(Clone)]
struct WrapKey {
    id: String,
    key: [u8; 32],
}

/// The wrapping keys: the one that wraps new data keys first, then older ones still needed to
/// unwrap until `reclamo keys rotate` has re-wrapped everything and `reclamo keys retire` drops them.
#[derive(Clone)]
struct Ring {
    current: WrapKey,
    older: Vec<WrapKey>,
}

/// The master keyring, from `RECLAMO_MASTER_KEY_FILE`. Its wrapping keys wrap every complaint's
/// data key (each wrapped key stores the id of the key that wrapped it, and unwrapping uses that
/// key); its derivation root gives the subkeys (search index, two-factor secrets, keyed hashes,
/// audit anchors, backups), which stay the same across rotations so that nothing keyed by them
/// (who said STOP, the search index) is lost. A server re-reads the file when it meets a key id it
/// does not know, and every hour, so a rotation needs no restart.
pub struct MasterKey {
    ring: std::sync::RwLock<Ring>,
    root: [u8; 32],
    path: Option<std::path::PathBuf>,
}

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MasterKey({})", self.id())
    }
}

const KEY_TAG: &str = "reclamo-master-key";
const ROOT_TAG: &str = "reclamo-derive-root";

fn random_key() -> WrapKey {
    let mut key = [0u8; 32];
    OsRng.fill_bytes(&mut key);
    let mut id = [0u8; 6];
    OsRng.fill_bytes(&mut id);
    WrapKey { id: format!("mk1-{}", hex::encode(id)), key }
}

/// Reads a keyring file: `reclamo-master-key v1 <id> <base64>` lines (the first wraps new data
/// keys) and an optional `reclamo-derive-root v1 <base64>` line (without it, the root is the last
/// wrapping key: the only one, in a file from before rotation existed).
fn parse_ring(path: &Path, text: &str) -> Result<(Ring, [u8; 32]), CryptoError> {
    let err = |message: String| CryptoError::KeyFile { path: path.display().to_string(), message };
    let bytes32 = |b64: &str| -> Result<[u8; 32], CryptoError> {
        let bytes = B64.decode(b64).map_err(|e| err(format!("base64: {e}")))?;
        bytes.try_into().map_err(|_| err("key must be 32 bytes".into()))
    };
    let mut keys = vec![];
    let mut root = None;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let parts: Vec<&str> = line.split_whitespace().collect();
        match parts.as_slice() {
            [KEY_TAG, "v1", id, b64] => keys.push(WrapKey { id: (*id).to_owned(), key: bytes32(b64)? }),
            [ROOT_TAG, "v1", b64] => root = Some(bytes32(b64)?),
            _ => return Err(err("expected `reclamo-master-key v1 <id> <base64>` lines".into())),
        }
    }
    let mut keys = keys.into_iter();
    let current = keys.next().ok_or_else(|| err("no key in the file".into()))?;
    let older: Vec<WrapKey> = keys.collect();
    let root = root.unwrap_or_else(|| older.last().unwrap_or(&current).key);
    Ok((Ring { current, older }, root))
}

fn ring_text(ring: &Ring, root: &[u8; 32]) -> String {
    let mut out = String::new();
    for k in std::iter::once(&ring.current).chain(&ring.older) {
        out.push_str(&format!("{KEY_TAG} v1 {} {}\n", k.id, B64.encode(k.key)));
    }
    out.push_str(&format!("{ROOT_TAG} v1 {}\n", B64.encode(root)));
    out
}

/// Replaces the key file in one step (a private temporary file renamed over it).
fn replace_file(path: &Path, text: &str) -> Result<(), CryptoError> {
    let err = |message: String| CryptoError::KeyFile { path: path.display().to_string(), message };
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".new");
    let tmp = std::path::PathBuf::from(tmp);
    let _ = std::fs::remove_file(&tmp);
    write_private(&tmp, text.as_bytes()).map_err(|e| err(format!("write: {e}")))?;
    std::fs::rename(&tmp, path).map_err(|e| err(format!("replace: {e}")))
}

impl MasterKey {
    /// A fresh random key (tests, and the first start).
    pub fn generate() -> MasterKey {
        let current = random_key();
        let root = current.key;
        MasterKey { ring: std::sync::RwLock::new(Ring { current, older: vec![] }), root, path: None }
    }

    fn ring(&self) -> Ring {
        match self.ring.read() {
            Ok(r) => r.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Loads the key file, or creates it (mode 0600, refusing to overwrite) if it does not exist.
    pub fn load_or_create(path: &Path) -> Result<MasterKey, CryptoError> {
        let err = |message: String| CryptoError::KeyFile { path: path.display().to_string(), message };
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let (ring, root) = parse_ring(path, &text)?;
                Ok(MasterKey { ring: std::sync::RwLock::new(ring), root, path: Some(path.to_path_buf()) })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir).map_err(|e| err(format!("create directory: {e}")))?;
                }
                let key = MasterKey::generate();
                let line = format!("{KEY_TAG} v1 {} {}\n", key.id(), B64.encode(key.root));
                write_private(path, line.as_bytes()).map_err(|e| err(format!("create: {e}")))?;
                Ok(MasterKey { path: Some(path.to_path_buf()), ..key })
            }
            Err(e) => Err(err(format!("read: {e}"))),
        }
    }

    /// Re-reads the key file (a rotation elsewhere). The derivation root must not change.
    pub fn reload(&self) -> Result<(), CryptoError> {
        let Some(path) = &self.path else { return Ok(()) };
        let text = std::fs::read_to_string(path)
            .map_err(|e| CryptoError::KeyFile { path: path.display().to_string(), message: format!("read: {e}") })?;
        let (ring, root) = parse_ring(path, &text)?;
        if root != self.root {
            return Err(CryptoError::KeyFile {
                path: path.display().to_string(),
                message: "the derivation root changed: restart with the file that sealed this database".into(),
            });
        }
        if let Ok(mut r) = self.ring.write() {
            *r = ring;
        }
        Ok(())
    }

    /// The id of the key that wraps new data keys.
    pub fn id(&self) -> String {
        self.ring().current.id
    }

    /// The ids of every wrapping key this keyring holds (current first).
    pub fn ids(&self) -> Vec<String> {
        let ring = self.ring();
        std::iter::once(ring.current.id).chain(ring.older.into_iter().map(|k| k.id)).collect()
    }

    /// Wraps a complaint's data key with the current key, bound to that complaint; answers the
    /// key's id with it (store both).
    pub fn wrap(&self, case: &str, dk: &DataKey) -> (String, Vec<u8>) {
        let k = self.ring().current;
        (k.id, seal_with(&k.key, format!("reclamo/v1/wrap/{case}").as_bytes(), &dk.0))
    }

    /// Unwraps a complaint's data key with the key of id `key_id` (re-reading the key file once
    /// when the id is unknown: another process may have rotated).
    pub fn unwrap_key(&self, key_id: &str, case: &str, wrapped: &[u8]) -> Result<DataKey, CryptoError> {
        let find =
            |ring: &Ring| std::iter::once(&ring.current).chain(&ring.older).find(|k| k.id == key_id).map(|k| k.key);
        let key = match find(&self.ring()) {
            Some(k) => k,
            None => {
                self.reload()?;
                find(&self.ring()).ok_or_else(|| CryptoError::UnknownKey(key_id.to_owned()))?
            }
        };
        let bytes = open_with(&key, format!("reclamo/v1/wrap/{case}").as_bytes(), wrapped)?;
        bytes.try_into().map(DataKey).map_err(|_| CryptoError::Malformed)
    }

    /// A key derived for one purpose (HMAC-SHA256 of the purpose under the derivation root), so
    /// one secret serves several uses without any two sharing a key.
    pub fn subkey(&self, purpose: &str) -> [u8; 32] {
        hmac_sha256(&self.root, purpose.as_bytes())
    }

    /// Adds a new wrapping key to the file at `path` and makes it current (the others stay, to
    /// unwrap what they wrapped, and the derivation root is written out). Returns the new id.
    pub fn rotate_file(path: &Path) -> Result<String, CryptoError> {
        let old = MasterKey::load_or_create(path)?;
        let mut ring = old.ring();
        let new = random_key();
        let id = new.id.clone();
        ring.older.insert(0, std::mem::replace(&mut ring.current, new));
        replace_file(path, &ring_text(&ring, &old.root))?;
        Ok(id)
    }

    /// Drops every wrapping key but the current one from the file at `path` (once nothing is
    /// wrapped by them any more). Returns the ids dropped.
    pub fn retire_file(path: &Path) -> Result<Vec<String>, CryptoError> {
        let old = MasterKey::load_or_create(path)?;
        let mut ring = old.ring();
        let dropped = ring.older.drain(..).map(|k| k.id).collect();
        replace_file(path, &ring_text(&ring, &old.root))?;
        Ok(dropped)
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
        let (id, wrapped) = mk.wrap("c1", &dk);
        let back = mk.unwrap_key(&id, "c1", &wrapped).unwrap();
        assert_eq!(back.0, dk.0);
        assert!(mk.unwrap_key(&id, "c2", &wrapped).is_err());
        let other = MasterKey::generate();
        assert!(matches!(other.unwrap_key(&id, "c1", &wrapped), Err(CryptoError::UnknownKey(_))));
        assert!(other.unwrap_key(&other.id(), "c1", &wrapped).is_err());
    }

    #[test]
    fn key_file_is_created_private_and_reloads() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("master.key");
        let a = MasterKey::load_or_create(&path).unwrap();
        let b = MasterKey::load_or_create(&path).unwrap();
        assert_eq!(a.id(), b.id());
        assert_eq!(a.subkey("x"), b.subkey("x"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        std::fs::write(&path, "garbage").unwrap();
        assert!(MasterKey::load_or_create(&path).is_err());
    }

    #[test]
    fn rotation_keeps_old_wraps_open_by_id_and_the_subkeys_stable() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("master.key");
        let before = MasterKey::load_or_create(&path).unwrap();
        let dk = DataKey::generate();
        let (old_id, wrapped) = before.wrap("c1", &dk);
        let new_id = MasterKey::rotate_file(&path).unwrap();
        assert_ne!(new_id, old_id);
        // A process that loaded the file before the rotation meets the new id and re-reads.
        let (id, rewrapped) = MasterKey::load_or_create(&path).unwrap().wrap("c1", &dk);
        assert_eq!(id, new_id);
        assert_eq!(before.unwrap_key(&new_id, "c1", &rewrapped).unwrap().0, dk.0);
        assert_eq!(before.id(), new_id, "the reload made the new key current");
        assert_eq!(before.unwrap_key(&old_id, "c1", &wrapped).unwrap().0, dk.0);
        let after = MasterKey::load_or_create(&path).unwrap();
        assert_eq!(after.subkey("p"), before.subkey("p"));
        assert_eq!(MasterKey::retire_file(&path).unwrap(), vec![old_id.clone()]);
        let retired = MasterKey::load_or_create(&path).unwrap();
        assert!(matches!(retired.unwrap_key(&old_id, "c1", &wrapped), Err(CryptoError::UnknownKey(_))));
        assert_eq!(retired.subkey("p"), before.subkey("p"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
    }
}
