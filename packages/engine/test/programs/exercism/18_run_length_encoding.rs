// Run-length encoding and decoding: "WWWWB" <-> "4WB".
fn encode(source: &str) -> String {
    let mut out = String::new();
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        let mut count = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            count += 1;
        }
        if count > 1 {
            out.push_str(&count.to_string());
        }
        out.push(c);
    }
    out
}

fn decode(source: &str) -> String {
    let mut out = String::new();
    let mut digits = String::new();
    for c in source.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            let n: usize = if digits.is_empty() { 1 } else { digits.parse().unwrap() };
            out.push_str(&c.to_string().repeat(n));
            digits.clear();
        }
    }
    out
}

fn main() {
    let inputs = ["", "XYZ", "AABBBCCCC", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB", "  hsqq qww  "];
    for s in inputs {
        let e = encode(s);
        let d = decode(&e);
        println!("{:?} -> {:?} -> roundtrip ok: {}", s, e, d == s);
    }
    println!("{}", decode("12WB12W3B24WB"));
}
