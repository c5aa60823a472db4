//! A guest: everything that is one virtual machine's and nobody else's, as one value.
//!
//! * its vCPU: the registers it owns ([`UserRegs`], on the host core while it runs) and its
//!   privileged state ([`PrivState<Gpa>`], whose TLB is its virtual TLB);
//! * its guest-physical map ([`GpaMap`]) and its own `ppce500` devices ([`Bus`] without RAM: the
//!   UARTs with its console, its MPIC, GUTS, GPIO, ...);
//! * its run: counters, console I/O, how it ended ([`RunState`]), its time (the time base and
//!   decrementer are in its SPR file, which ticks on the host core only while it runs);
//! * what the hypervisor did for it: exits, shadow counters and its event log ([`Recorder`]);
//! * its place in the host TLB: the translation context the host PIDs stand for.
//!
//! The host ([`super::Host`]) holds the rest: the core, host memory with every guest's backing,
//! and the shadow bookkeeping of all guests.

use crate::addr::Gpa;
use crate::boot::BootPlan;
use crate::cpu::{Cpu, PrivState, UserRegs};
use crate::machine::{self, Config, RunState};

use super::GuestSpec;
use crate::phys::{Bus, GpaMap, PhysMemory};

use super::config::{HvConfig, HvError};
use super::events::Recorder;
use super::shadow::{ContextSids, HostContext};
use super::vcpu::{self, ContextKey};

/// A guest's number: its position on the command line (0 for a single guest). Shadow IDs and
/// back-references carry it.
pub type GuestId = u16;

/// One virtual machine.
#[derive(Debug)]
pub struct Guest {
    /// Its number.
    pub id: GuestId,
    /// Its name (the program it runs).
    pub name: String,
    /// Its registers while it is off the core (valid whenever the hypervisor is not running it).
    pub regs: UserRegs,
    /// Its privileged state: MSR, SPRs, MAS registers, the virtual TLB.
    pub vcpu: PrivState<Gpa>,
    /// Its guest-physical map: RAM backed by host memory, and its devices.
    pub map: GpaMap,
    /// Its devices (no RAM: guest RAM is host memory the map names).
    pub devices: Bus,
    /// Its machine configuration.
    pub config: Config,
    /// Its run: counters, console, end.
    pub run: RunState,
    /// Exits, shadow counters and the event log.
    pub rec: Recorder,
    /// What was placed in its RAM at boot (the device tree, the initrd) and where.
    pub boot: BootPlan,
    /// Its translation context as the host TLB sees it (valid once it has run).
    pub(crate) host_context: HostContext,
    /// The part of its state that chose `host_context` (`None`: choose again).
    pub(super) context_key: Option<ContextKey>,
    /// The tag flushes (host-wide) when its SIDs were chosen: when more have happened since, its
    /// context gets SIDs afresh at its next switch onto the core.
    pub(super) sid_epoch: u64,
    /// Off the core: whether it had executed an e500mc `wait` no interrupt has ended yet (the
    /// core's flag while it runs).
    pub(super) core_wait: bool,
    /// Its completed-instruction count at the last exit, and exits in a row since it moved.
    pub(super) no_progress: (u64, u32),
    /// Whether its architectural events are recorded in the log ([`super::Guest::observe`]).
    pub(super) observed: bool,
    /// Whether runs record every access's translation chain.
    pub(super) accesses: bool,
    /// Its paravirtual interface, when it is offered one ([`super::paravirt`]).
    pub(super) pv: Option<super::paravirt::PvState>,
}

impl Guest {
    /// A guest `id` running `spec`'s image with RAM backed at the host addresses `map` gives (the map
    /// holds its RAM only; its devices are added here), booted in the ePAPR state the bare
    /// machine gives the same program. `mem` is host memory: the boot blocks are written into
    /// the guest's backing there.
    ///
    /// # Errors
    /// [`HvError`] for an impossible configuration or a program outside guest RAM.
    pub(super) fn new(
        id: GuestId,
        spec: &GuestSpec<'_>,
        hv: &HvConfig,
        mut map: GpaMap,
        mem: &mut Bus,
    ) -> Result<Guest, HvError> {
        let (config, image, boot) = (spec.config.clone(), spec.image, &spec.boot);
        config.validate().map_err(machine::MachineError::from)?;
        let mut devices = Bus::new(PhysMemory::new());
        // The guest sees its devices at their ppce500 addresses: each an MMIO region of its map.
        for (base, len, dev) in devices.add_ppce500_devices(&config.soc())? {
            map.add_mmio(Gpa::new(base.raw()), len, dev)?;
        }
        let pv = if spec.paravirt {
            let page = super::paravirt::page_hpa(id).ok_or(HvError::TooManyParavirt)?;
            Some(super::paravirt::PvState { page, magic_ea: None })
        } else {
            None
        };
        let boot = &crate::boot::BootOptions { hypervisor_node: spec.paravirt, ..boot.clone() };
        let plan = BootPlan::new(image, config.ram, config.cpu, boot).map_err(machine::MachineError::from)?;
        machine::load(&plan, image, config.ram, |addr, bytes| write_guest(mem, &map, Gpa::new(addr), bytes))?;
        // The guest boots as the bare core does: its entry state is the bare core's, read as
        // guest-physical.
        let mut core = Cpu::new(config.cpu, config.compat());
        core.epapr_boot(&plan.entry_state()).map_err(machine::MachineError::from)?;
        Ok(Guest {
            id,
            name: spec.name.clone(),
            regs: core.user_regs(),
            vcpu: vcpu::guest_state_from(&core.arch),
            map,
            devices,
            config,
            run: RunState::default(),
            rec: Recorder::new(hv.event_limit),
            boot: plan,
            host_context: HostContext {
                pr: false,
                is: false,
                ds: false,
                pids: crate::mmu::Pids::default(),
                sids: ContextSids::Pids { sid: 0 },
            },
            context_key: None,
            sid_epoch: 0,
            core_wait: false,
            no_progress: (u64::MAX, 0),
            observed: false,
            accesses: false,
            pv,
        })
    }

    /// Observes its next runs: its architectural events are kept in its log with the
    /// hypervisor's, and with `accesses` every completed instruction's accesses too.
    pub fn observe(&mut self, accesses: bool) {
        self.observed = true;
        self.accesses = accesses;
    }

    /// Whether its run has ended.
    pub const fn ended(&self) -> bool {
        self.run.status.is_some()
    }

    /// The UART0 output so far.
    pub fn console(&self) -> String {
        String::from_utf8_lossy(self.devices.console()).into_owned()
    }

    /// Reads guest-physical memory (guest RAM only) from host memory `mem` into `buf`; `false`
    /// if any byte is not RAM.
    pub fn read(&self, mem: &Bus, gpa: Gpa, buf: &mut [u8]) -> bool {
        let mut done = 0usize;
        while done < buf.len() {
            let Some(t) = gpa.checked_add(done as u64).and_then(|g| self.map.translate(g)) else {
                return false;
            };
            let n = (buf.len() - done).min(usize::try_from(t.contiguous).unwrap_or(usize::MAX));
            if mem.ram().read_bytes(t.hpa, &mut buf[done..done + n]).is_err() {
                return false;
            }
            done += n;
        }
        true
    }
}

/// Writes `bytes` at `gpa` through the map into host memory; `false` if any byte is not RAM.
fn write_guest(mem: &mut Bus, map: &GpaMap, mut gpa: Gpa, mut bytes: &[u8]) -> bool {
    while !bytes.is_empty() {
        let Some(t) = map.translate(gpa) else { return false };
        let n = bytes.len().min(usize::try_from(t.contiguous).unwrap_or(usize::MAX));
        if mem.ram_mut().write_bytes(t.hpa, &bytes[..n]).is_err() {
            return false;
        }
        bytes = &bytes[n..];
        let Some(next) = gpa.checked_add(n as u64) else { return false };
        gpa = next;
    }
    true
}
