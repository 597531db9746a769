// Wrapping arithmetic: when you really do want modular behaviour.

fn hash_name(name: &str) -> u32 {
    // A tiny FNV-style hash that is meant to wrap around.
    let mut h: u32 = 2166136261;
    for b in name.bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(16777619);
    }
    h
}

fn main() {
    let a: u8 = 250;
    println!("250 wrapping_add 10 = {}", a.wrapping_add(10));
    println!("250 wrapping_mul 2  = {}", a.wrapping_mul(2));

    let b: u8 = 3;
    println!("3 wrapping_sub 5    = {}", b.wrapping_sub(5));

    let c: i8 = i8::MAX;
    println!("i8::MAX wrapping_add 1 = {}", c.wrapping_add(1));
    println!("i8::MIN wrapping_neg   = {}", i8::MIN.wrapping_neg());
    println!("i8::MIN wrapping_abs   = {}", i8::MIN.wrapping_abs());

    for name in ["alice", "bob", "carol"] {
        println!("hash({}) = {}", name, hash_name(name));
    }
}
