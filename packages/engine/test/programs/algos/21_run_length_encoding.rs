fn encode(input: &str) -> String {
    let mut out = String::new();
    let mut chars = input.chars().peekable();
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

fn decode(input: &str) -> String {
    let mut out = String::new();
    let mut count = 0usize;
    for c in input.chars() {
        if let Some(d) = c.to_digit(10) {
            count = count * 10 + d as usize;
        } else {
            let times = if count == 0 { 1 } else { count };
            for _ in 0..times {
                out.push(c);
            }
            count = 0;
        }
    }
    out
}

fn main() {
    let samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccd", "", "xyz"];
    for s in samples {
        let e = encode(s);
        let d = decode(&e);
        println!("{:?} -> {:?} (round trip ok: {})", s, e, d == s);
    }
}
