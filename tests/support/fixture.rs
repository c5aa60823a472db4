//! Fixture headers (`fixtures/README.md`) and the fields they name, read from a run.
#![allow(dead_code)]

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use serde_json::Value;
use tlbvisor::asm::Assembler;
use tlbvisor::session::{Config, CpuModel, Profile, Session, Status};

/// A fixture and what its header says.
#[derive(Debug, Clone)]
pub struct Fixture {
    pub path: PathBuf,
    pub name: String,
    pub cpu: CpuModel,
    /// `# expect:` lines (the manual's values).
    pub expect: Vec<(String, u64)>,
    /// `# expect-qemu:` lines (QEMU's value where it differs).
    pub expect_qemu: Vec<(String, u64)>,
    pub console: Option<String>,
    pub check_mem: Vec<(u64, u64)>,
    pub ignore: HashSet<String>,
    pub differs: Vec<String>,
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('x') => {
                let h: String = it.by_ref().take(2).collect();
                out.push(char::from(u8::from_str_radix(&h, 16).expect("\\xNN")));
            }
            Some(o) => out.push(o),
            None => out.push('\\'),
        }
    }
    out
}

fn num(s: &str) -> u64 {
    let s = s.trim();
    match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(h) => u64::from_str_radix(&h.replace('_', ""), 16),
        None => s.parse(),
    }
    .unwrap_or_else(|_| panic!("bad number {s:?}"))
}

impl Fixture {
    pub fn load(path: &Path) -> Fixture {
        let text = std::fs::read_to_string(path).unwrap();
        let mut f = Fixture {
            path: path.to_path_buf(),
            name: path.file_stem().unwrap().to_string_lossy().into_owned(),
            cpu: CpuModel::E500v2,
            expect: vec![],
            expect_qemu: vec![],
            console: None,
            check_mem: vec![],
            ignore: HashSet::new(),
            differs: vec![],
        };
        for line in text.lines() {
            let Some(rest) = line.strip_prefix("# ") else { continue };
            let Some((key, val)) = rest.split_once(':') else { continue };
            let val = val.trim();
            let pair = || {
                let (k, v) = val.split_once('=').unwrap_or_else(|| panic!("{}: bad line {line:?}", f.name));
                (k.trim().to_string(), num(v))
            };
            match key {
                "expect" => f.expect.push(pair()),
                "expect-qemu" => f.expect_qemu.push(pair()),
                "expect-console" => f.console = Some(unescape(val)),
                "check-mem" => {
                    let mut p = val.split_whitespace().map(num);
                    f.check_mem.push((p.next().unwrap(), p.next().unwrap()));
                }
                "ignore" => f.ignore.extend(val.split_whitespace().map(str::to_string)),
                "differs" => f.differs.push(val.to_string()),
                "cpu" if val == "e500mc" => f.cpu = CpuModel::E500mc,
                _ => {}
            }
        }
        f
    }

    pub fn all() -> Vec<Fixture> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(super::root().join("fixtures"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "s"))
            .collect();
        v.sort();
        v.iter().map(|p| Fixture::load(p)).collect()
    }

    /// The machine configuration this fixture runs with.
    pub fn config(&self, profile: Profile) -> Config {
        Config { cpu: self.cpu, profile, max_insns: 2_000_000, ..Config::default() }
    }

    /// Assembles and runs the fixture on the bare machine.
    pub fn run_bare(&self, profile: Profile) -> Session {
        let out = Assembler::new()
            .include_dir(super::root().join("fixtures"))
            .assemble_file(&self.path)
            .unwrap_or_else(|e| panic!("{}:\n{e}", self.name));
        let mut s = Session::from_image(out.image)
            .machine_config(self.config(profile), Default::default())
            .build()
            .unwrap();
        s.run();
        let status = s.status();
        assert_eq!(status, Some(Status::Halted), "{}: did not reach `done` ({status:?})", self.name);
        s
    }
}

/// A run's final state as the fixtures name its fields.
pub struct Observed {
    pub json: Value,
    pub mem: BTreeMap<u64, u8>,
}

impl Observed {
    /// The physical ranges a fixture's fields and `# check-mem` lines name.
    fn ranges(f: &Fixture) -> Vec<(u64, u64)> {
        let mut want: Vec<(u64, u64)> = f.check_mem.clone();
        for (k, _) in f.expect.iter().chain(&f.expect_qemu) {
            if let Some(addr) = mem_field(k) {
                want.push(addr);
            }
        }
        want
    }

    /// The final state of a run (memory read at physical addresses on the bare machine, at
    /// guest-physical ones through the guest memory map under the hypervisor).
    pub fn of(s: &Session, f: &Fixture) -> Observed {
        let mut mem = BTreeMap::new();
        for (base, len) in Self::ranges(f) {
            for a in base..base + len {
                if let Ok(b) = s.read_bytes(a, 1) {
                    mem.insert(a, b[0]);
                }
            }
        }
        Observed { json: s.json(), mem }
    }

    /// The value of a named field (`r3`, `SRR0`, `tlb1[3].mas1`, `tlb0[5:2].valid`, `mem32[0x2000]`).
    pub fn field(&self, name: &str) -> Option<u64> {
        let j = &self.json;
        if let Some(r) = name.strip_prefix('r').and_then(|n| n.parse::<usize>().ok()) {
            return j["gpr"][r].as_u64();
        }
        if let Some((addr, size)) = mem_field(name) {
            return (0..size)
                .try_fold(0u64, |acc, i| self.mem.get(&(addr + i)).map(|b| acc << 8 | u64::from(*b)));
        }
        if let Some(rest) = name.strip_prefix("tlb") {
            let (tlb, rest) = rest.split_at(1);
            let (idx, field) = rest.trim_start_matches('[').split_once("].")?;
            let (tlb, index): (u64, u64) = match idx.split_once(':') {
                Some((set, way)) => (0, num(set) * 4 + num(way)),
                None => (tlb.parse().ok()?, num(idx)),
            };
            let e = j["tlb"].as_array()?.iter().find(|e| e["tlb"] == tlb && e["index"] == index);
            return match (field, e) {
                ("valid", e) => Some(u64::from(e.is_some())),
                (_, None) => Some(0),
                (f, Some(e)) => e[f].as_u64(),
            };
        }
        match name {
            "pc" | "cr" | "lr" | "ctr" | "xer" | "msr" => j[name].as_u64(),
            spr => j["spr"][spr].as_u64(),
        }
    }
}

/// `mem8[A]`, `mem16[A]`, `mem32[A]` -> (address, bytes).
fn mem_field(name: &str) -> Option<(u64, u64)> {
    let (size, rest) = if let Some(r) = name.strip_prefix("mem32[") {
        (4, r)
    } else if let Some(r) = name.strip_prefix("mem16[") {
        (2, r)
    } else {
        (1, name.strip_prefix("mem8[")?)
    };
    Some((num(rest.trim_end_matches(']')), size))
}
