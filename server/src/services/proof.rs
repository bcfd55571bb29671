//! Proofs one service hands another: a value only the service that checked something can make,
//! so the next one can trust it without checking again (and the web layer cannot forge it).

use reclamo_shared::codes::TrackingCode;

/// Proof that a worker gave the right two codes for a complaint: only the intake door's check
/// makes one (the constructor is visible to services only), so a service that takes it can trust
/// the tracking code without checking the codes again.
#[derive(Clone, Debug)]
pub struct VerifiedCase(TrackingCode);

impl VerifiedCase {
    /// Vouches for `tracking` (call only once its access code matched).
    pub(in crate::services) fn vouch(tracking: TrackingCode) -> VerifiedCase {
        VerifiedCase(tracking)
    }

    /// The complaint's tracking code.
    pub fn tracking_code(&self) -> &TrackingCode {
        &self.0
    }
}
