fn byte_kind(b: u8) -> &'static str {
    match b {
        0 => "nul",
        1..=31 | 127 => "control",
        32..=126 => "printable",
        128..=255 => "high",
    }
}

fn logic(a: bool, b: bool) -> &'static str {
    match (a, b) {
        (true, true) => "both",
        (true, false) | (false, true) => "exactly one",
        (false, false) => "neither",
    }
}

fn main() {
    for b in [0u8, 9, 65, 127, 200] {
        println!("{:3} is {}", b, byte_kind(b));
    }
    for a in [true, false] {
        for b in [true, false] {
            println!("{} {} -> {}", a, b, logic(a, b));
        }
    }
    let signs: Vec<&str> = [-5i8, 0, 7]
        .iter()
        .map(|&x| match x {
            i8::MIN..=-1 => "neg",
            0 => "zero",
            1..=i8::MAX => "pos",
        })
        .collect();
    println!("{:?}", signs);
}
