//! Running a program one step at a time (`Session::step`) ends in the same state, after the same
//! number of instructions, as running it in one go, for every fixture in both modes.

mod support;

use tlbvisor::session::{CpuModel, Mode, Session, Stop};

fn session(path: &std::path::Path, mode: Mode) -> Session {
    let text = std::fs::read_to_string(path).unwrap();
    let cpu =
        if text.lines().any(|l| l.trim() == "# cpu: e500mc") { CpuModel::E500mc } else { CpuModel::E500v2 };
    Session::from_file(path)
        .include_dir(support::root().join("fixtures"))
        .cpu(cpu)
        .mode(mode)
        .budget(2_000_000)
        .build()
        .unwrap()
}

#[test]
fn stepping_equals_running() {
    let mut bad = Vec::new();
    for f in support::fixture::Fixture::all() {
        for mode in [Mode::Bare, Mode::Virt] {
            let mut whole = session(&f.path, mode);
            whole.run();
            let mut stepped = session(&f.path, mode);
            let mut steps = 0;
            while stepped.step() == Stop::Budget && steps < 2_000_000 {
                steps += 1;
            }
            if (whole.instructions(), whole.regs_report()) != (stepped.instructions(), stepped.regs_report())
            {
                bad.push(format!(
                    "{} {mode:?}: run {} instructions, stepped {}",
                    f.name,
                    whole.instructions(),
                    stepped.instructions()
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
