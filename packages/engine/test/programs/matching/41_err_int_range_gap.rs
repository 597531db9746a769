fn digits(n: u32) -> &'static str {
    match n {
        0..=9 => "one digit",
        10..=99 => "two digits",
        100..=999 => "three digits",
    }
}

fn main() {
    for n in [7, 42, 512] {
        println!("{} has {}", n, digits(n));
    }
}
