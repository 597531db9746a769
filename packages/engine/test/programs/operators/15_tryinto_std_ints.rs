use std::convert::TryInto;

// Narrowing integer conversions can fail, so they use TryFrom/TryInto.
fn to_byte(n: i32) -> Option<u8> {
    n.try_into().ok()
}

fn percent(part: u64, whole: u64) -> Result<u8, String> {
    let p = part * 100 / whole;
    u8::try_from(p).map_err(|e| format!("{} does not fit: {}", p, e))
}

fn main() {
    for n in [0, 255, 256, -1, 42] {
        match to_byte(n) {
            Some(b) => println!("{:>4} fits in u8 as {}", n, b),
            None => println!("{:>4} does not fit in u8", n),
        }
    }

    println!("{:?}", percent(30, 120));
    println!("{:?}", percent(900, 3));

    let big: i64 = 5_000_000_000;
    let r: Result<i32, _> = big.try_into();
    println!("i64 -> i32 ok? {}", r.is_ok());

    let small: i64 = -12;
    let as_i32: i32 = small.try_into().unwrap();
    println!("i64 -12 -> i32 {}", as_i32);

    let lengths: Vec<usize> = vec![3, 10, 7];
    let total: u32 = lengths.iter().map(|&l| u32::try_from(l).unwrap()).sum();
    println!("total length: {}", total);
}
