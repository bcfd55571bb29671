//! A keyed blind index over narratives, so staff can search words without the text being stored
//! in clear. Each normalised word (see `reclamo_shared::retaliation::search_terms`) becomes the
//! first 8 bytes of HMAC-SHA256 under a key derived from the master key; only those integers are
//! stored (`complaint_term`). Without the master key they reveal nothing about the words; with
//! the database alone one learns only how often an unknown term repeats across cases (the
//! accepted leak of any deterministic index). Disposal of a case deletes its terms with it.

use crate::infra::crypto::hmac_sha256;

/// The term hash of one normalised word.
pub fn term_hash(key: &[u8; 32], term: &str) -> i64 {
    let mac = hmac_sha256(key, term.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&mac[..8]);
    i64::from_be_bytes(first)
}

/// Hashes of every search term in `texts` (unique).
pub fn index_terms(key: &[u8; 32], texts: &[&str]) -> Vec<i64> {
    let mut out: Vec<i64> =
        texts.iter().flat_map(|t| reclamo_shared::retaliation::search_terms(t)).map(|t| term_hash(key, &t)).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Hashes of the words of a staff search (all must match).
pub fn query_terms(key: &[u8; 32], q: &str) -> Vec<i64> {
    index_terms(key, &[q])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_word_in_any_spelling_hashes_alike_and_the_key_matters() {
        let k1 = [1u8; 32];
        let k2 = [2u8; 32];
        assert_eq!(query_terms(&k1, "Patrón"), query_terms(&k1, "patron"));
        assert_ne!(query_terms(&k1, "patron"), query_terms(&k2, "patron"));
        let indexed = index_terms(&k1, &["El patrón no pagó las horas extra"]);
        assert!(query_terms(&k1, "horas PAGO").iter().all(|t| indexed.contains(t)));
        assert!(!indexed.contains(&term_hash(&k1, "migra")));
    }
}
