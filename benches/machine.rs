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
use tlbvisor::hv::{HvConfig, Hypervisor};
use tlbvisor::image::Image;
use tlbvisor::machine::{Config, Machine, Status};

fn program(name: &str) -> Image {
    let path = format!("{}/benches/programs/{name}.s", env!("CARGO_MANIFEST_DIR"));
    Assembler::new().assemble_file(&path).expect("bench program assembles").image
}

fn bench(c: &mut Criterion, name: &str) {
    let image = program(name);
    let config = Config::default();
    let mut probe = Machine::new(config.clone(), &image).unwrap();
    assert_eq!(probe.run(), Status::Halted);
    let mut g = c.benchmark_group("bare");
    g.throughput(Throughput::Elements(probe.run.instructions));
    g.sample_size(20);
    g.bench_function(name, |b| {
        b.iter_batched(
            || Machine::new(config.clone(), &image).unwrap(),
            |mut m| assert_eq!(m.run(), Status::Halted),
            BatchSize::LargeInput,
        );
    });
    g.finish();
}

/// The same programs deprivileged under the hypervisor (every `tlbwe` traps and is emulated,
/// every new page is a shadow fill).
fn bench_virt(c: &mut Criterion, name: &str) {
    let image = program(name);
    let config = Config::default();
    let mut probe = Hypervisor::new(config.clone(), HvConfig::default(), &image).unwrap();
    assert_eq!(probe.run(), Status::Halted);
    let mut g = c.benchmark_group("virt");
    g.throughput(Throughput::Elements(probe.guest.run.instructions));
    g.sample_size(10);
    g.bench_function(name, |b| {
        b.iter_batched(
            || Hypervisor::new(config.clone(), HvConfig::default(), &image).unwrap(),
            |mut m| assert_eq!(m.run(), Status::Halted),
            BatchSize::LargeInput,
        );
    });
    g.finish();
}

fn benches(c: &mut Criterion) {
    bench(c, "compute");
    bench(c, "tlb_churn");
    bench_virt(c, "compute");
    bench_virt(c, "tlb_churn");
}

criterion_group!(machine, benches);
criterion_main!(machine);
