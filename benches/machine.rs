//! Guest throughput, bare and virtualized: `cargo bench`. Criterion reports instructions per
//! second ("elem/s") for the compute loop and the TLB-churn loop of docs/qemu-ppce500.md's speed
//! table (QEMU 7.2 TCG: ~2900 MIPS compute, ~17.5 MIPS / 2.2 M iterations/s TLB churn).

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use tlbvisor::asm::Assembler;
use tlbvisor::image::Image;
use tlbvisor::session::{Config, HvConfig, Mode, Session, Status, Stop};

fn program(name: &str) -> Image {
    let path = format!("{}/benches/programs/{name}.s", env!("CARGO_MANIFEST_DIR"));
    Assembler::new().assemble_file(&path).expect("bench program assembles").image
}

/// A session running `image` in `mode` with the default machine.
fn session(image: &Image, mode: Mode) -> Session {
    let config = Config { mode, ..Config::default() };
    Session::from_image(image.clone()).machine_config(config, HvConfig::default()).build().unwrap()
}

/// The program `name` run to its power-off, timed per run; virt: deprivileged under the hypervisor
/// (every `tlbwe` traps and is emulated, every new page is a shadow fill).
fn bench(c: &mut Criterion, mode: Mode, name: &str) {
    let image = program(name);
    let mut probe = session(&image, mode);
    assert_eq!(probe.run(), Stop::Poweroff);
    assert_eq!(probe.status(), Some(Status::Poweroff));
    let (group, samples) = match mode {
        Mode::Bare => ("bare", 20),
        Mode::Virt => ("virt", 10),
    };
    let mut g = c.benchmark_group(group);
    g.throughput(Throughput::Elements(probe.instructions()));
    g.sample_size(samples);
    g.bench_function(name, |b| {
        b.iter_batched(
            || session(&image, mode),
            |mut m| assert_eq!(m.run(), Stop::Poweroff),
            BatchSize::LargeInput,
        );
    });
    g.finish();
}

fn benches(c: &mut Criterion) {
    for mode in [Mode::Bare, Mode::Virt] {
        bench(c, mode, "compute");
        bench(c, mode, "tlb_churn");
    }
}

criterion_group!(machine, benches);
criterion_main!(machine);
