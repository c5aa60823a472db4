//! Shadow IDs: the host TID a shadow entry carries, one per guest translation context.
//!
//! A guest entry is usable in a context (AS, PID, privilege). Its shadows must be reachable in
//! exactly the contexts where the guest entry is, and nowhere else, without flushing the host TLB
//! on every guest context switch. As in KVM's e500v2 design (docs/kvm-booke-design.md 1.4), every
//! guest context `(AS, TID, PR)` gets a host shadow ID (SID) from 1..=255 (host TID 0 would be
//! global, so it is never used), and the host PIDs are set so that the core can only hit shadows
//! of the current guest context:
//!
//! * host PID0 = SID(guest AS, guest PR, PID set {PID0}) ([`Tag::Pids`] `[PID0, 0, 0]`):
//!   shadows of entries with TID = PID0, and of global entries that must not be shared (a
//!   TID != 0 entry overlaps their page, so which one wins depends on the PID);
//! * host PID1 = SID(guest AS, guest PR, TID 0) ([`Tag::Tid`] `0`): shadows of the guest's
//!   global entries, shared by all its processes.
//!
//! (The PID-set tag rather than `Tid(PID0)` keeps the two apart when PID0 is itself 0.)
//!
//! The e500v2 guest also has PID1 and PID2. Four contexts cannot fit three host PIDs, so while
//! the guest's PID1 or PID2 is nonzero the whole PID set is one context ([`Tag::Pids`]): every
//! shadow filled then, global or not, carries its SID in host PID0. (KVM refuses nonzero guest
//! PID1/PID2 instead; tlbvisor stays correct at the cost of refilling global shadows.)
//!
//! A guest whose MSR\[IS\] and MSR\[DS\] differ fetches in one address space and loads in the
//! other, but the host runs it with IS = DS = 1 and one PID set serves both kinds of access. That
//! state gets its own context ([`Tag::Split`], `ts` = the fetch space): its shadows carry only the
//! rights of the access class they were filled for (execute for fetches, read/write for data), so
//! a fetch shadow never serves a load and the other way round.
//!
//! The privilege bit is part of the context because shadows made while the guest is in
//! supervisor state carry the guest's supervisor rights in their user bits
//! (`super::shadow::shadow_perms`): they must never serve guest user code.
//!
//! When the 255 SIDs run out, every mapping is dropped and the caller flushes all shadows
//! (a "tag flush", counted in the statistics).
//!
//! # Several guests
//! With several guests on the host, a SID stands for one context *of one guest* (the guest's
//! number is part of [`Context`]), like the LPID an e500mc puts in its TLB tags: the host PIDs
//! of a guest's context are SIDs no other guest's shadows carry, so a guest's shadows are
//! unreachable while another guest runs, and a switch between guests drops nothing (it only sets
//! the host PIDs). SIDs are handed out in order from one table for the whole host; when they run
//! out, every shadow of every guest goes in one tag flush and numbering starts again (the SIDs
//! of a guest that has ended are recycled that way too). The alternative, flushing the host TLB
//! at every switch (`--switch flush`), needs no guest in the tag but refills every shadow after
//! every time slice.

use crate::narrow::Narrow;
use std::collections::HashMap;

use super::guest::GuestId;

/// Which guest entries a context covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tag {
    /// Entries with this TID (0: the guest's global entries).
    Tid(u8),
    /// Every entry reachable with this guest PID0/PID1/PID2 set.
    Pids([u8; 3]),
    /// Every entry reachable with this PID set while MSR\[IS\] != MSR\[DS\]: fetches in
    /// [`Context::ts`], data in the other space.
    Split([u8; 3]),
}

/// A guest translation context: one guest's (with several guests on the host, the guest is part
/// of every context, so no two guests ever share a SID: see "Several guests" above).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Context {
    /// The guest.
    pub owner: GuestId,
    /// The guest address space (MSR\[IS\] or MSR\[DS\]; the fetch space for [`Tag::Split`]).
    pub ts: bool,
    /// Guest problem state (MSR\[PR\]).
    pub pr: bool,
    /// The entries covered.
    pub tag: Tag,
}

/// What [`ShadowIds::get`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sid {
    /// An existing SID.
    Known(u8),
    /// A newly assigned SID.
    New(u8),
    /// The table was full: every mapping was dropped (the caller must flush all shadows), and
    /// this SID was assigned afresh.
    AfterFlush(u8),
}

impl Sid {
    /// The SID value.
    pub const fn value(self) -> u8 {
        match self {
            Sid::Known(s) | Sid::New(s) | Sid::AfterFlush(s) => s,
        }
    }
}

/// The SID table: context -> SID and back.
#[derive(Clone, Debug)]
pub struct ShadowIds {
    forward: HashMap<Context, u8>,
    /// Indexed by SID; the context it stands for.
    reverse: Vec<Option<Context>>,
    next: u16,
    limit: u16,
}

impl Default for ShadowIds {
    fn default() -> Self {
        Self::with_limit(255)
    }
}

impl ShadowIds {
    /// A table handing out SIDs 1..=`limit` (255 on the e500's 8-bit TIDs; tests use less).
    pub fn with_limit(limit: u8) -> ShadowIds {
        let limit = u16::from(limit.max(1));
        ShadowIds { forward: HashMap::new(), reverse: vec![None; usize::from(limit) + 1], next: 1, limit }
    }

    /// The SID of a context, assigning one if needed.
    pub fn get(&mut self, c: Context) -> Sid {
        if let Some(&s) = self.forward.get(&c) {
            return Sid::Known(s);
        }
        let flushed = self.next > self.limit;
        if flushed {
            self.forward.clear();
            self.reverse.iter_mut().for_each(|c| *c = None);
            self.next = 1;
        }
        let s = self.next.low_u8();
        self.next += 1;
        self.forward.insert(c, s);
        self.reverse[usize::from(s)] = Some(c);
        if flushed { Sid::AfterFlush(s) } else { Sid::New(s) }
    }

    /// The SID of a context if it has one, without assigning.
    pub fn peek(&self, c: Context) -> Option<u8> {
        self.forward.get(&c).copied()
    }

    /// The context a SID stands for.
    pub fn context(&self, sid: u8) -> Option<Context> {
        self.reverse.get(usize::from(sid)).copied().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(ts: bool, tid: u8, pr: bool) -> Context {
        Context { owner: 0, ts, pr, tag: Tag::Tid(tid) }
    }

    #[test]
    fn contexts_get_distinct_stable_sids() {
        let mut t = ShadowIds::default();
        let a = t.get(ctx(false, 0, false));
        let b = t.get(ctx(false, 0, true));
        let c = t.get(ctx(true, 0, false));
        let d = t.get(ctx(false, 7, false));
        assert_eq!((a, b, c, d), (Sid::New(1), Sid::New(2), Sid::New(3), Sid::New(4)));
        assert_eq!(t.get(ctx(false, 0, true)), Sid::Known(2));
        assert_eq!(t.context(4), Some(ctx(false, 7, false)));
        assert_eq!(t.peek(ctx(true, 9, true)), None);
    }

    #[test]
    fn exhaustion_flushes_and_restarts() {
        let mut t = ShadowIds::with_limit(3);
        for tid in 0..3 {
            assert!(matches!(t.get(ctx(false, tid, false)), Sid::New(_)));
        }
        assert_eq!(t.get(ctx(false, 3, false)), Sid::AfterFlush(1));
        // Everything else was forgotten.
        assert_eq!(t.peek(ctx(false, 0, false)), None);
        assert_eq!(t.context(2), None);
        assert_eq!(t.get(ctx(false, 0, false)), Sid::New(2));
    }

    #[test]
    fn never_hands_out_zero() {
        let mut t = ShadowIds::default();
        for i in 0..2000u32 {
            let c = if i < 1024 {
                ctx(i & 1 == 1, (i >> 1) as u8, i & 512 != 0)
            } else {
                Context { owner: 0, ts: false, pr: false, tag: Tag::Pids([i as u8, 1, (i >> 8) as u8]) }
            };
            assert_ne!(t.get(c).value(), 0);
        }
    }
}
