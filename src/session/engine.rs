//! What a [`Session`](super::Session) drives: the bare machine or the hypervisor, behind one
//! interface, chosen once when the session is built. Everything a session reads goes through a
//! program's number (`0` on the bare machine and for a single guest; the guest's position with
//! several), so no caller asks which mode it is in.

use serde_json::Value;

use crate::addr::{Gpa, Hpa};
use crate::boot::BootPlan;
use crate::hv::events::Event;
use crate::hv::{Exits, Hypervisor, ShadowStats};
use crate::machine::console::ConsoleIo;
use crate::machine::report::{GuestView, read_spr, state_json};
use crate::machine::{Config, Machine, RunState, Status};
use crate::phys::Bus;
use crate::report::{GuestOnHost, Subject};

use super::{HostTlbRow, Registers, TlbRow, rows};

/// A machine a session runs: one program on the bare core, or one or more guests on the host.
pub(crate) trait Engine {
    /// Runs until every program's run has ended; how the first one's ended.
    fn run(&mut self) -> Status;
    /// How many programs there are.
    fn programs(&self) -> usize;
    /// Program `p`'s configuration.
    fn config(&self, p: usize) -> &Config;
    /// Program `p`'s configuration, to change between runs (the budget).
    fn config_mut(&mut self, p: usize) -> &mut Config;
    /// What program `p`'s boot placed in RAM.
    fn boot(&self, p: usize) -> &BootPlan;
    /// Program `p`'s run.
    fn run_state(&self, p: usize) -> &RunState;
    /// Program `p`'s devices and console, to set up its console.
    fn devices(&mut self, p: usize) -> (&mut Bus, &mut ConsoleIo);
    /// Program `p`'s time base.
    fn time_base(&self, p: usize) -> u64;
    /// Program `p`'s user registers and MSR.
    fn registers(&self, p: usize) -> Registers;
    /// SPR `n` as program `p` reads it in supervisor state.
    fn spr(&self, p: usize, n: u16) -> u32;
    /// Reads program `p`'s RAM (physical, or guest-physical) into `buf`; `false` if not all RAM.
    fn read_ram(&self, p: usize, addr: u64, buf: &mut [u8]) -> bool;
    /// Program `p`'s valid TLB entries (the core's, or its virtual TLB).
    fn tlb(&self, p: usize) -> Vec<TlbRow>;
    /// The host TLB entries holding program `p`'s shadows (none on the bare machine).
    fn host_tlb(&self, p: usize) -> Vec<HostTlbRow>;
    /// The hypervisor's exit and shadow counters for program `p` (none on the bare machine).
    fn counters(&self, p: usize) -> Option<(&Exits, &ShadowStats)>;
    /// Program `p`'s UART0 output.
    fn console(&self, p: usize) -> String;
    /// Program `p` as the reports see it.
    fn subject(&self, p: usize) -> Box<dyn Subject + '_>;
    /// The whole run as `run --json` prints it.
    fn json(&self) -> Value;
    /// The whole run as `run` prints it (after the live console).
    fn text(&self) -> String;
    /// The host-wide figures of several guests (switches, tag flushes, evictions), as text.
    fn host_text(&self) -> Option<String> {
        None
    }
    /// Observes program `p`'s next runs for `explain` (architectural events kept, and with
    /// `accesses` every access's translation chain).
    fn observe(&mut self, p: usize, limit: usize, accesses: bool);
    /// Program `p`'s events recorded since `mark` still kept, and how many of those were dropped.
    fn events_since(&self, p: usize, mark: u64) -> (Vec<Event>, u64);
    /// Program `p`'s events recorded so far, dropped ones included.
    fn events_seen(&self, p: usize) -> u64;
    /// Program `p`'s guest-visible state (`state_json` of what it sees of its CPU).
    fn state(&self, p: usize) -> Value;
    /// Whether program `p` asked its board for a reset.
    fn reset_requested(&self, p: usize) -> bool;
    /// Turns the isolation checker on (the hypervisor's; the bare machine has none).
    fn check_isolation(&mut self) {}
    /// The isolation checker's findings.
    fn violations(&self) -> &[String] {
        &[]
    }
}

impl Engine for Machine {
    fn run(&mut self) -> Status {
        Machine::run(self)
    }
    fn programs(&self) -> usize {
        1
    }
    fn config(&self, _: usize) -> &Config {
        &self.config
    }
    fn config_mut(&mut self, _: usize) -> &mut Config {
        &mut self.config
    }
    fn boot(&self, _: usize) -> &BootPlan {
        &self.boot
    }
    fn run_state(&self, _: usize) -> &RunState {
        &self.run
    }
    fn devices(&mut self, _: usize) -> (&mut Bus, &mut ConsoleIo) {
        (&mut self.bus, &mut self.run.console_io)
    }
    fn time_base(&self, _: usize) -> u64 {
        self.cpu.arch.sprs.tb
    }
    fn registers(&self, _: usize) -> Registers {
        Registers::of(&self.cpu.user_regs(), self.cpu.arch.msr)
    }
    fn spr(&self, _: usize, n: u16) -> u32 {
        read_spr(&self.cpu.arch, n)
    }
    fn read_ram(&self, _: usize, addr: u64, buf: &mut [u8]) -> bool {
        self.bus.ram().read_bytes(Hpa::new(addr), buf).is_ok()
    }
    fn tlb(&self, _: usize) -> Vec<TlbRow> {
        rows(&self.cpu.arch)
    }
    fn host_tlb(&self, _: usize) -> Vec<HostTlbRow> {
        Vec::new()
    }
    fn counters(&self, _: usize) -> Option<(&Exits, &ShadowStats)> {
        None
    }
    fn console(&self, _: usize) -> String {
        Machine::console(self)
    }
    fn subject(&self, _: usize) -> Box<dyn Subject + '_> {
        Box::new(self)
    }
    fn json(&self) -> Value {
        crate::machine::report::run_json(self)
    }
    fn text(&self) -> String {
        crate::machine::report::run_text(self)
    }
    fn observe(&mut self, _: usize, limit: usize, accesses: bool) {
        Machine::observe(self, limit, accesses);
    }
    fn events_since(&self, _: usize, mark: u64) -> (Vec<Event>, u64) {
        self.log
            .as_ref()
            .map_or((Vec::new(), 0), |log| super::explain::since(log, mark, |e| Event::Core(e.clone())))
    }
    fn events_seen(&self, _: usize) -> u64 {
        self.log.as_ref().map_or(0, super::explain::seen)
    }
    fn state(&self, _: usize) -> Value {
        Value::Object(state_json(&GuestView::of(&self.cpu)))
    }
    fn reset_requested(&self, _: usize) -> bool {
        self.bus.reset_requested()
    }
}

impl Engine for Hypervisor {
    fn run(&mut self) -> Status {
        Hypervisor::run(self)
    }
    fn programs(&self) -> usize {
        self.guest_count()
    }
    fn config(&self, p: usize) -> &Config {
        &self.guest_at(p).config
    }
    fn config_mut(&mut self, p: usize) -> &mut Config {
        &mut self.guest_mut(p).config
    }
    fn boot(&self, p: usize) -> &BootPlan {
        &self.guest_at(p).boot
    }
    fn run_state(&self, p: usize) -> &RunState {
        &self.guest_at(p).run
    }
    fn devices(&mut self, p: usize) -> (&mut Bus, &mut ConsoleIo) {
        let g = self.guest_mut(p);
        (&mut g.devices, &mut g.run.console_io)
    }
    fn time_base(&self, p: usize) -> u64 {
        self.guest_at(p).vcpu.sprs.tb
    }
    fn registers(&self, p: usize) -> Registers {
        let g = self.guest_at(p);
        Registers::of(&g.regs, g.vcpu.msr)
    }
    fn spr(&self, p: usize, n: u16) -> u32 {
        read_spr(&self.guest_at(p).vcpu, n)
    }
    fn read_ram(&self, p: usize, addr: u64, buf: &mut [u8]) -> bool {
        self.guest_at(p).read(&self.host.mem, Gpa::new(addr), buf)
    }
    fn tlb(&self, p: usize) -> Vec<TlbRow> {
        rows(&self.guest_at(p).vcpu)
    }
    fn host_tlb(&self, p: usize) -> Vec<HostTlbRow> {
        let g = self.guest_at(p);
        let arch = &self.host.cpu.arch;
        crate::hv::report::shadows_of_guest(&self.host, g)
            .iter()
            .map(|(slot, e)| {
                let r = self.host.shadows.shadow_of(*slot);
                HostTlbRow {
                    entry: TlbRow::of(arch, *slot, e),
                    shadows: r.map(|r| r.guest),
                    sid: r.map(|r| r.sid),
                }
            })
            .collect()
    }
    fn counters(&self, p: usize) -> Option<(&Exits, &ShadowStats)> {
        let g = self.guest_at(p);
        Some((&g.rec.exits, &g.rec.shadow))
    }
    fn console(&self, p: usize) -> String {
        self.guest_at(p).console()
    }
    fn subject(&self, p: usize) -> Box<dyn Subject + '_> {
        Box::new(GuestOnHost(&self.host, self.guest_at(p)))
    }
    fn json(&self) -> Value {
        if self.guest_count() == 1 {
            crate::hv::report::run_json(&self.host, &self.guest)
        } else {
            crate::hv::report::guests_json(self)
        }
    }
    fn text(&self) -> String {
        if self.guest_count() == 1 {
            crate::hv::report::run_text(&self.host, &self.guest)
        } else {
            crate::hv::report::guests_text(self)
        }
    }
    fn observe(&mut self, p: usize, _limit: usize, accesses: bool) {
        let g = self.guest_mut(p);
        g.observe(accesses);
    }
    fn events_since(&self, p: usize, mark: u64) -> (Vec<Event>, u64) {
        super::explain::since(&self.guest_at(p).rec.log, mark, Event::clone)
    }
    fn events_seen(&self, p: usize) -> u64 {
        super::explain::seen(&self.guest_at(p).rec.log)
    }
    fn state(&self, p: usize) -> Value {
        Value::Object(state_json(&crate::hv::report::guest_view(self.guest_at(p))))
    }
    fn reset_requested(&self, p: usize) -> bool {
        self.guest_at(p).devices.reset_requested()
    }
    fn check_isolation(&mut self) {
        self.enable_checker();
    }
    fn violations(&self) -> &[String] {
        Hypervisor::violations(self)
    }
    fn host_text(&self) -> Option<String> {
        (self.guest_count() > 1).then(|| crate::hv::report::host_text(self))
    }
}
