//! Referrals to other enforcement bodies, as data: where a case may be referred, why, and on what
//! authority. A referral is only ever **proposed** by these rules; a supervisor decides, and the
//! letter is made for a person to send — nothing is sent automatically.
//!
//! The destinations are a closed list. None of them is an immigration authority, and no code path
//! can name one as a recipient: the referral service, its routes and its letter take only a
//! [`Destination`], and a test checks every recipient here against the names of immigration
//! enforcement bodies.

use crate::retaliation::RetaliationKind;
use serde::{Deserialize, Serialize};

/// Where a case can be referred.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Destination {
    /// The Colorado Attorney General's office (worker protection): threatening to report a worker
    /// to any law enforcement, including ICE, in retaliation is illegal in Colorado.
    ColoradoAg,
    /// Federal forced labour: obtaining labour by threats of abuse of law or legal process.
    FederalForcedLabor,
}

/// What a destination is, as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "server", derive(utoipa::ToSchema))]
pub struct DestinationInfo {
    /// The destination.
    pub destination: Destination,
    /// Who the letter is addressed to.
    pub recipient: &'static str,
    /// On what authority.
    pub citation: &'static str,
    /// Why this case qualifies, in the letter's words.
    pub why: &'static str,
    /// The recipient or the authority still needs checking by counsel before a letter goes out.
    pub verify_with_counsel: bool,
}

/// Every destination, in the order they are shown.
pub const DESTINATIONS: &[DestinationInfo] = &[
    DestinationInfo {
        destination: Destination::ColoradoAg,
        recipient: "Colorado Department of Law, Office of the Attorney General (worker protection)",
        citation: "C.R.S. 8-4-120; Colorado Attorney General guidance of 2025-08-27: threatening to report a worker to any law enforcement, including immigration, in retaliation is illegal",
        why: "the employer threatened to report the worker to immigration or the police in retaliation, and wages were withheld",
        verify_with_counsel: true,
    },
    DestinationInfo {
        destination: Destination::FederalForcedLabor,
        recipient: "U.S. Department of Justice, Civil Rights Division (forced labor)",
        citation: "18 U.S.C. § 1589 (forced labor, including by threats of abuse of law or legal process)",
        why: "wages were withheld while the employer threatened abuse of legal process (a report to immigration or the police)",
        verify_with_counsel: true,
    },
];

impl Destination {
    /// The stable code, e.g. `"colorado_ag"` (URLs and stored decisions).
    pub fn code(self) -> &'static str {
        match self {
            Destination::ColoradoAg => "colorado_ag",
            Destination::FederalForcedLabor => "federal_forced_labor",
        }
    }

    /// The destination with this code, if any.
    pub fn from_code(code: &str) -> Option<Destination> {
        DESTINATIONS.iter().map(|d| d.destination).find(|d| d.code() == code)
    }

    /// Its data.
    pub fn info(self) -> &'static DestinationInfo {
        // Every destination has exactly one entry (tested).
        DESTINATIONS.iter().find(|d| d.destination == self).unwrap_or(&DESTINATIONS[0])
    }
}

/// The referrals proposed for a case: a threat about immigration or the police that a person
/// confirmed, where the wages were withheld (the determination finds wages unpaid).
pub fn proposed(confirmed: &[RetaliationKind], unpaid_wages_cents: i64) -> Vec<Destination> {
    if confirmed.contains(&RetaliationKind::ImmigrationThreat) && unpaid_wages_cents > 0 {
        DESTINATIONS.iter().map(|d| d.destination).collect()
    } else {
        vec![]
    }
}

/// Names of immigration enforcement bodies, which no recipient may contain (lower case; single
/// words match whole words).
pub const NEVER_RECIPIENTS: &[&str] = &[
    "immigration and customs enforcement",
    "ice",
    "homeland security",
    "dhs",
    "customs and border protection",
    "border patrol",
    "cbp",
    "uscis",
    "enforcement and removal",
    "ero",
    "287(g)",
    "immigration",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_destination_is_an_immigration_authority() {
        for d in DESTINATIONS {
            let recipient = format!(" {} ", d.recipient.to_lowercase());
            for name in NEVER_RECIPIENTS {
                // Phrases anywhere; single words as whole words ("ice" is not "office").
                let hit = if !name.contains(' ') {
                    recipient.split(|c: char| !c.is_alphanumeric()).any(|w| w == *name)
                } else {
                    recipient.contains(name)
                };
                assert!(!hit, "{:?} names {name:?}", d.destination);
            }
        }
    }

    #[test]
    fn codes_round_trip_and_each_destination_has_one_entry() {
        for d in DESTINATIONS {
            assert_eq!(DESTINATIONS.iter().filter(|e| e.destination == d.destination).count(), 1);
            assert_eq!(Destination::from_code(d.destination.code()), Some(d.destination));
            assert_eq!(d.destination.info().recipient, d.recipient);
        }
        for code in ["ice", "immigration", "dhs", "uscis", "police", ""] {
            assert_eq!(Destination::from_code(code), None, "{code}");
        }
    }

    #[test]
    fn only_a_confirmed_immigration_threat_with_unpaid_wages_proposes() {
        use RetaliationKind::*;
        assert_eq!(
            proposed(&[ImmigrationThreat], 54_320),
            vec![Destination::ColoradoAg, Destination::FederalForcedLabor]
        );
        assert!(proposed(&[ImmigrationThreat], 0).is_empty(), "no wages withheld");
        assert!(proposed(&[Termination, HoursOrPayCut, ViolenceOrIntimidation], 54_320).is_empty());
        assert!(proposed(&[], 54_320).is_empty());
    }
}
