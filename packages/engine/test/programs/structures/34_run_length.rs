// Run-length encoding and decoding.
fn encode(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut n = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            n += 1;
        }
        if n > 1 {
            out.push_str(&n.to_string());
        }
        out.push(c);
    }
    out
}

fn decode(s: &str) -> String {
    let mut out = String::new();
    let mut count = 0usize;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            count = count * 10 + d as usize;
        } else {
            let n = if count == 0 { 1 } else { count };
            for _ in 0..n {
                out.push(c);
            }
            count = 0;
        }
    }
    out
}

fn runs(v: &[i32]) -> Vec<(i32, usize)> {
    let mut out: Vec<(i32, usize)> = Vec::new();
    for &x in v {
        match out.last_mut() {
            Some((last, n)) if *last == x => *n += 1,
            _ => out.push((x, 1)),
        }
    }
    out
}

fn main() {
    for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccd", "", "xyz", "zzzzzzzzzzzz"] {
        let e = encode(s);
        let d = decode(&e);
        println!("{:?} -> {:?} (roundtrip ok: {})", s, e, d == s);
    }
    println!("decode 3a2b1c = {}", decode("3a2b1c"));
    println!("runs: {:?}", runs(&[1, 1, 2, 2, 2, 3, 1, 1]));
    println!("runs empty: {:?}", runs(&[]));
}
