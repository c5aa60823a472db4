//! Register names, as GNU as `-mregnames` knows them (`tc-ppc.c` `pre_defined_registers` and
//! `cr_cond`). They evaluate to plain numbers; case does not matter. A user symbol of the same
//! name takes precedence.

/// The number a register name stands for, e.g. `r3` → 3, `cr1` → 1, `eq` → 2, `sp` → 1.
pub fn register(name: &str) -> Option<i64> {
    let lower = name.to_ascii_lowercase();
    let n = lower.as_str();
    let fixed = match n {
        "sp" | "r.sp" => Some(1),
        "rtoc" | "r.toc" => Some(2),
        "lt" => Some(0),
        "gt" => Some(1),
        "eq" => Some(2),
        "so" | "un" => Some(3),
        "xer" => Some(1),
        "lr" => Some(8),
        "ctr" => Some(9),
        "dsisr" => Some(18),
        "dar" => Some(19),
        "dec" => Some(22),
        "sdr1" => Some(25),
        "srr0" => Some(26),
        "srr1" => Some(27),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    // Prefix and how many registers it has; `r.3` style is accepted too.
    for (prefix, count) in [("vs", 64), ("cr", 8), ("r", 32), ("f", 32), ("v", 32)] {
        if let Some(rest) = n.strip_prefix(prefix) {
            let digits = rest.strip_prefix('.').unwrap_or(rest);
            if !digits.is_empty()
                && digits.len() <= 2
                && digits.bytes().all(|b| b.is_ascii_digit())
                && !(digits.len() == 2 && digits.starts_with('0'))
            {
                let v: i64 = digits.parse().ok()?;
                return (v < count).then_some(v);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::register;

    #[test]
    fn names() {
        assert_eq!(register("r3"), Some(3));
        assert_eq!(register("R31"), Some(31));
        assert_eq!(register("r.4"), Some(4));
        assert_eq!(register("r32"), None);
        assert_eq!(register("r03"), None);
        assert_eq!(register("cr7"), Some(7));
        assert_eq!(register("cr8"), None);
        assert_eq!(register("f0"), Some(0));
        assert_eq!(register("vs63"), Some(63));
        assert_eq!(register("sp"), Some(1));
        assert_eq!(register("rtoc"), Some(2));
        assert_eq!(register("un"), Some(3));
        assert_eq!(register("r"), None);
        assert_eq!(register("foo"), None);
    }
}
