// Run-length encoding: "WWWWBBBW" <-> "4W3B1W" style, plus a compact variant.
#[derive(Debug, PartialEq, Clone, Copy)]
struct Run {
    ch: char,
    len: usize,
}

fn runs(input: &str) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for ch in input.chars() {
        match out.last_mut() {
            Some(run) if run.ch == ch => run.len += 1,
            _ => out.push(Run { ch, len: 1 }),
        }
    }
    out
}

/// Classic encoding: count omitted when it is 1 ("AAB" -> "2AB").
fn encode(input: &str) -> String {
    runs(input)
        .iter()
        .map(|r| if r.len == 1 { r.ch.to_string() } else { format!("{}{}", r.len, r.ch) })
        .collect()
}

#[derive(Debug)]
enum DecodeError {
    DanglingCount(usize),
    ZeroCount,
}

fn decode(encoded: &str) -> Result<String, DecodeError> {
    let mut out = String::new();
    let mut count = String::new();
    for ch in encoded.chars() {
        if ch.is_ascii_digit() {
            count.push(ch);
            continue;
        }
        let n = if count.is_empty() { 1 } else { count.parse::<usize>().unwrap() };
        if n == 0 {
            return Err(DecodeError::ZeroCount);
        }
        for _ in 0..n {
            out.push(ch);
        }
        count.clear();
    }
    if !count.is_empty() {
        return Err(DecodeError::DanglingCount(count.parse().unwrap()));
    }
    Ok(out)
}

/// Byte-oriented variant: pairs of (count, byte), counts capped at 255.
fn encode_bytes(data: &[u8]) -> Vec<(u8, u8)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        let mut n = 1u8;
        while i + (n as usize) < data.len() && data[i + n as usize] == b && n < 255 {
            n += 1;
        }
        out.push((n, b));
        i += n as usize;
    }
    out
}

fn main() {
    let samples = [
        "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
        "AABCCCDEEEE",
        "abc",
        "",
        "  hello   world  ",
    ];
    for s in samples.iter() {
        let e = encode(s);
        let d = decode(&e).expect("round trip");
        let ratio = if s.is_empty() { 1.0 } else { e.len() as f64 / s.len() as f64 };
        println!("{:?}\n  -> {:?} (ratio {:.2}, round trip ok: {})", s, e, ratio, d == *s);
    }

    for bad in ["3A2", "0X", "12Z3Y"] {
        println!("decode {:?} = {:?}", bad, decode(bad));
    }

    println!("runs of \"aaabcc\": {:?}", runs("aaabcc"));
    let bitmap = [0u8, 0, 0, 0, 255, 255, 0, 7, 7, 7];
    println!("bytes: {:?}", encode_bytes(&bitmap));
    let long = vec![9u8; 600];
    let enc = encode_bytes(&long);
    println!("600 nines -> {:?}", enc);
    let total: usize = enc.iter().map(|&(n, _)| n as usize).sum();
    println!("decoded length {}", total);
}
