//! Argon2id for secrets: staff passwords and the workers' access codes. Every computation runs off
//! the async runtime and at most one per core at a time.

use argon2::{
    Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version,
    password_hash::{SaltString, rand_core::OsRng},
};
use std::sync::LazyLock;

/// Hashing failed (the blocking task died, or argon2 refused its input).
#[derive(Debug, thiserror::Error)]
#[error("hashing: {0}")]
pub struct HashError(String);

/// Argon2id with OWASP's minimum parameters (m = 19 MiB, t = 2, p = 1).
pub fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// At most one argon2 computation per core at a time. Each takes tens of milliseconds of CPU and
/// 19 MiB by design; run sixty-four at once on two cores and every other thread (the database
/// writer above all) waits for a time slice among them, so short write transactions stretch into
/// seconds. Queued here instead, the hashes finish at the same total rate and memory stays bounded.
static HASHING: LazyLock<tokio::sync::Semaphore> = LazyLock::new(|| {
    tokio::sync::Semaphore::new(std::thread::available_parallelism().map(std::num::NonZero::get).unwrap_or(2))
});

/// Runs one argon2 computation off the async runtime, within [`HASHING`]'s bound.
async fn hashing<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, HashError> {
    let _permit = HASHING.acquire().await.map_err(|e| HashError(e.to_string()))?;
    tokio::task::spawn_blocking(work).await.map_err(|e| HashError(e.to_string()))
}

/// Hashes a secret (tens of milliseconds by design).
pub async fn hash_secret(secret: String) -> Result<String, HashError> {
    hashing(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2().hash_password(secret.as_bytes(), &salt).map(|h| h.to_string())
    })
    .await?
    .map_err(|e| HashError(e.to_string()))
}

/// Verifies a secret against a stored hash.
pub async fn verify_secret(secret: String, hash: String) -> bool {
    hashing(move || PasswordHash::new(&hash).is_ok_and(|h| argon2().verify_password(secret.as_bytes(), &h).is_ok()))
        .await
        .unwrap_or(false)
}

/// The hash of a random secret, verified against when there is nothing to verify (an unknown
/// user, an unknown tracking code) so that "unknown" and "wrong" take the same time.
pub fn dummy_hash() -> String {
    static DUMMY: LazyLock<String> = LazyLock::new(|| {
        let salt = SaltString::generate(&mut OsRng);
        argon2().hash_password(b"not-a-real-secret", &salt).map(|h| h.to_string()).unwrap_or_default()
    });
    DUMMY.clone()
}
