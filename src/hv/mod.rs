//! The hypervisor: runs a guest deprivileged on the core and virtualizes its software TLB.

pub mod sid;
