//! The case workflow as an explicit state machine (Denver Labor's six steps):
//! received -> triage -> investigating -> determination -> resolved (with a resolution) -> closed.
//!
//! Every move names who, when and why (the server records them); this module only decides which
//! moves are legal, so the server, the API and the staff pages all refuse the same ones.

use crate::complaint::{CaseStatus, code_enum};
use serde::{Deserialize, Serialize};
use std::fmt;

code_enum! {
    /// How a resolved case ended.
    Resolution {
        /// The employer paid what was owed.
        Paid = "paid",
        /// Unpaid after a determination: sent to collection.
        ReferredCollection = "referred_collection",
        /// Another agency is responsible (e.g. CDLE, U.S. DOL).
        ReferredAgency = "referred_agency",
        /// The worker withdrew the complaint.
        Withdrawn = "withdrawn",
        /// No violation found.
        Unfounded = "unfounded",
    }
}

/// A requested move: the target status and, for `resolved`, how it ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    /// Target status.
    pub to: CaseStatus,
    /// Required when `to` is `resolved`, refused otherwise.
    pub resolution: Option<Resolution>,
}

/// Why a move is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveError {
    /// This step does not follow from the current one.
    Illegal {
        /// Current status.
        from: CaseStatus,
        /// Requested status.
        to: CaseStatus,
    },
    /// `resolved` needs a resolution.
    ResolutionRequired,
    /// Only `resolved` takes a resolution.
    ResolutionNotAllowed,
    /// This resolution cannot be reached from the current status (e.g. collection before a
    /// determination).
    ResolutionNotFromHere {
        /// Current status.
        from: CaseStatus,
        /// Requested resolution.
        resolution: Resolution,
    },
    /// Every move needs a reason (at least 3 characters after trimming).
    ReasonRequired,
}

impl MoveError {
    /// A stable code for APIs and translations.
    pub fn code(self) -> &'static str {
        match self {
            MoveError::Illegal { .. } => "illegal_transition",
            MoveError::ResolutionRequired => "resolution_required",
            MoveError::ResolutionNotAllowed => "resolution_not_allowed",
            MoveError::ResolutionNotFromHere { .. } => "resolution_not_from_here",
            MoveError::ReasonRequired => "reason_required",
        }
    }
}

impl fmt::Display for MoveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MoveError::Illegal { from, to } => {
                write!(f, "a case cannot move from {} to {}", from.code(), to.code())
            }
            MoveError::ResolutionRequired => f.write_str("say how the case was resolved"),
            MoveError::ResolutionNotAllowed => f.write_str("only a move to resolved takes a resolution"),
            MoveError::ResolutionNotFromHere { from, resolution } => {
                write!(f, "a case in {} cannot be resolved as {}", from.code(), resolution.code())
            }
            MoveError::ReasonRequired => f.write_str("give a reason for the move"),
        }
    }
}

/// Statuses reachable in one step from `from` (in the order a person would pick them).
pub fn next_statuses(from: CaseStatus) -> &'static [CaseStatus] {
    use CaseStatus::*;
    match from {
        Received => &[Triage, Resolved],
        Triage => &[Investigating, Resolved],
        Investigating => &[Determination, Resolved],
        // A supervisor can send a determination back for more investigation.
        Determination => &[Resolved, Investigating],
        Resolved => &[Closed],
        Closed => &[],
    }
}

/// Resolutions open from `from` (empty when `resolved` is not reachable).
pub fn resolutions_from(from: CaseStatus) -> &'static [Resolution] {
    use Resolution::*;
    match from {
        // Before an investigation: nothing to pay or collect yet.
        CaseStatus::Received | CaseStatus::Triage => &[Withdrawn, Unfounded, ReferredAgency],
        // Employers often pay once noticed; collection needs a determination first.
        CaseStatus::Investigating => &[Paid, Withdrawn, Unfounded, ReferredAgency],
        CaseStatus::Determination => &[Paid, ReferredCollection, ReferredAgency, Withdrawn],
        CaseStatus::Resolved | CaseStatus::Closed => &[],
    }
}

/// Checks a move from `from`; `reason` is why the person is making it.
pub fn check_move(from: CaseStatus, m: Move, reason: &str) -> Result<(), MoveError> {
    if !next_statuses(from).contains(&m.to) {
        return Err(MoveError::Illegal { from, to: m.to });
    }
    match (m.to, m.resolution) {
        (CaseStatus::Resolved, None) => return Err(MoveError::ResolutionRequired),
        (CaseStatus::Resolved, Some(r)) if !resolutions_from(from).contains(&r) => {
            return Err(MoveError::ResolutionNotFromHere { from, resolution: r });
        }
        (CaseStatus::Resolved, Some(_)) => {}
        (_, Some(_)) => return Err(MoveError::ResolutionNotAllowed),
        (_, None) => {}
    }
    if reason.trim().chars().count() < 3 {
        return Err(MoveError::ReasonRequired);
    }
    Ok(())
}

/// Whether the case is still open (counts toward queues and deadlines).
pub fn is_open(s: CaseStatus) -> bool {
    !matches!(s, CaseStatus::Resolved | CaseStatus::Closed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use CaseStatus::*;

    fn mv(to: CaseStatus) -> Move {
        Move { to, resolution: None }
    }

    /// The full table of legal (from, to) pairs, written out independently of `next_statuses`.
    const LEGAL: &[(CaseStatus, CaseStatus)] = &[
        (Received, Triage),
        (Received, Resolved),
        (Triage, Investigating),
        (Triage, Resolved),
        (Investigating, Determination),
        (Investigating, Resolved),
        (Determination, Resolved),
        (Determination, Investigating),
        (Resolved, Closed),
    ];

    #[test]
    fn every_pair_of_statuses_is_legal_exactly_when_listed() {
        for &from in CaseStatus::ALL {
            for &to in CaseStatus::ALL {
                let legal = LEGAL.contains(&(from, to));
                let resolution = if to == Resolved { resolutions_from(from).first().copied() } else { None };
                let got = check_move(from, Move { to, resolution }, "checked the payroll");
                assert_eq!(got.is_ok(), legal, "{} -> {}: {got:?}", from.code(), to.code());
                if !legal {
                    assert_eq!(got, Err(MoveError::Illegal { from, to }));
                }
            }
        }
    }

    #[test]
    fn resolutions_depend_on_the_stage() {
        let resolve = |from, r| check_move(from, Move { to: Resolved, resolution: Some(r) }, "employer paid");
        assert!(resolve(Investigating, Resolution::Paid).is_ok());
        assert!(resolve(Determination, Resolution::ReferredCollection).is_ok());
        assert_eq!(
            resolve(Investigating, Resolution::ReferredCollection),
            Err(MoveError::ResolutionNotFromHere { from: Investigating, resolution: Resolution::ReferredCollection })
        );
        assert_eq!(
            resolve(Received, Resolution::Paid),
            Err(MoveError::ResolutionNotFromHere { from: Received, resolution: Resolution::Paid })
        );
        assert!(resolve(Received, Resolution::Withdrawn).is_ok());
        // Every (stage, resolution) pair: legal exactly when listed.
        for &from in CaseStatus::ALL {
            for &r in Resolution::ALL {
                let ok = next_statuses(from).contains(&Resolved) && resolutions_from(from).contains(&r);
                assert_eq!(resolve(from, r).is_ok(), ok, "{} -> resolved/{}", from.code(), r.code());
            }
        }
    }

    #[test]
    fn resolution_rules_and_reasons() {
        assert_eq!(check_move(Determination, mv(Resolved), "done"), Err(MoveError::ResolutionRequired));
        assert_eq!(
            check_move(Received, Move { to: Triage, resolution: Some(Resolution::Paid) }, "why"),
            Err(MoveError::ResolutionNotAllowed)
        );
        assert_eq!(check_move(Received, mv(Triage), "  "), Err(MoveError::ReasonRequired));
        assert_eq!(check_move(Received, mv(Triage), "ok"), Err(MoveError::ReasonRequired));
        assert!(check_move(Received, mv(Triage), "new").is_ok());
        assert!(check_move(Closed, mv(Closed), "again").is_err());
    }

    #[test]
    fn open_statuses() {
        assert!(is_open(Received) && is_open(Determination));
        assert!(!is_open(Resolved) && !is_open(Closed));
    }
}
