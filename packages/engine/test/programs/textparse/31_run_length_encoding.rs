// Run-length encoding and decoding: "aaabcc" <-> "3a1b2c".
fn encode(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut run = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            run += 1;
        }
        out.push_str(&run.to_string());
        out.push(c);
    }
    out
}

fn decode(s: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut count = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            count.push(c);
        } else {
            let n: usize = count.parse().map_err(|_| format!("no count before {:?}", c))?;
            out.push_str(&c.to_string().repeat(n));
            count.clear();
        }
    }
    Ok(out)
}

fn main() {
    for s in ["aaabcc", "wwwwwwwwwwwwb", "", "abc"] {
        let e = encode(s);
        println!("{:?} -> {:?} -> {:?}", s, e, decode(&e));
    }
    println!("{:?}", decode("2ab"));
}
