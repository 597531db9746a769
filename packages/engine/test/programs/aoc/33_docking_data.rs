use std::collections::HashMap;

const EXAMPLE1: &str = "mask = XXXXXXXXXXXXXXXXXXXXXXXXXXXXX1XXXX0X
mem[8] = 11
mem[7] = 101
mem[8] = 0";

const EXAMPLE2: &str = "mask = 000000000000000000000000000000X1001X
mem[42] = 100
mask = 00000000000000000000000000000000X0XX
mem[26] = 1";

struct Mask {
    ones: u64,
    zeros: u64,
    floating: u64,
}

fn parse_mask(s: &str) -> Mask {
    let mut m = Mask { ones: 0, zeros: 0, floating: 0 };
    for (i, c) in s.chars().rev().enumerate() {
        match c {
            '1' => m.ones |= 1 << i,
            '0' => m.zeros |= 1 << i,
            'X' => m.floating |= 1 << i,
            _ => panic!("bad mask char"),
        }
    }
    m
}

fn addresses(addr: u64, mask: &Mask) -> Vec<u64> {
    let base = (addr | mask.ones) & !mask.floating;
    let bits: Vec<u32> = (0..36).filter(|i| mask.floating >> i & 1 == 1).collect();
    (0..1u64 << bits.len())
        .map(|combo| {
            bits.iter().enumerate().fold(base, |a, (k, &b)| a | ((combo >> k & 1) << b))
        })
        .collect()
}

fn run(program: &str, version2: bool) -> u64 {
    let mut mask = parse_mask(&"X".repeat(36));
    let mut mem: HashMap<u64, u64> = HashMap::new();
    for line in program.lines() {
        let (lhs, rhs) = line.split_once(" = ").unwrap();
        if lhs == "mask" {
            mask = parse_mask(rhs);
            continue;
        }
        let addr: u64 = lhs.trim_start_matches("mem[").trim_end_matches(']').parse().unwrap();
        let value: u64 = rhs.parse().unwrap();
        if version2 {
            for a in addresses(addr, &mask) {
                mem.insert(a, value);
            }
        } else {
            mem.insert(addr, (value | mask.ones) & !mask.zeros);
        }
    }
    println!("  {} cells written", mem.len());
    mem.values().sum()
}

fn main() {
    println!("Part 1: {}", run(EXAMPLE1, false));
    println!("Part 2: {}", run(EXAMPLE2, true));
}
