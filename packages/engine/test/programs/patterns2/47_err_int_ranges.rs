fn bucket(age: u8) -> &'static str {
    match age {
        0..=12 => "child",
        13..=19 => "teen",
        20..=64 => "adult",
        65..=120 => "senior",
    }
}

fn main() {
    for a in [4, 16, 30, 70] {
        println!("{} -> {}", a, bucket(a));
    }
}
