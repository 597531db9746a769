fn encode(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
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

fn decode(s: &str) -> String {
    let mut out = String::new();
    let mut n = 0usize;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            n = n * 10 + d as usize;
        } else {
            let times = if n == 0 { 1 } else { n };
            for _ in 0..times {
                out.push(c);
            }
            n = 0;
        }
    }
    out
}

fn main() {
    let inputs = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB", "aabcccccaaa", "abc", ""];
    for s in inputs {
        let e = encode(s);
        let d = decode(&e);
        println!("{:?}\n  encoded: {:?}\n  roundtrip ok: {}", s, e, d == s);
    }
}
