// Convert to any base by hand, then check against the formatter.

fn to_base(mut n: u32, base: u32) -> String {
    if n == 0 {
        return String::from("0");
    }
    let symbols = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    while n > 0 {
        out.push(symbols[(n % base) as usize] as char);
        n /= base;
    }
    out.iter().rev().collect()
}

fn from_binary(s: &str) -> u32 {
    let mut value = 0;
    for c in s.chars() {
        value = value * 2 + if c == '1' { 1 } else { 0 };
    }
    value
}

fn main() {
    for n in [0u32, 5, 10, 255, 1000, 65535] {
        let mine = to_base(n, 2);
        let std = format!("{:b}", n);
        println!("{:>5} -> {:>16} matches std: {}", n, mine, mine == std);
    }
    println!("1000 in base 16: {}", to_base(1000, 16));
    println!("1000 in base 36: {}", to_base(1000, 36));
    println!("1000 in base 7:  {}", to_base(1000, 7));
    println!("from_binary(\"101101\") = {}", from_binary("101101"));
}
