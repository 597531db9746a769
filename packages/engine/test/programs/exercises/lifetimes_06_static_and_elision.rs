static GREETING: &str = "hi";
const LIMITS: [u32; 3] = [10, 100, 1000];

fn weekday_name(n: u32) -> &'static str {
    match n % 7 {
        0 => "Mon",
        1 => "Tue",
        2 => "Wed",
        3 => "Thu",
        4 => "Fri",
        5 => "Sat",
        _ => "Sun",
    }
}

fn trim_both(s: &str) -> &str {
    s.trim_matches(|c: char| c == '*' || c.is_whitespace())
}

fn split_pair(s: &str) -> (&str, &str) {
    match s.split_once('=') {
        Some((k, v)) => (k.trim(), v.trim()),
        None => (s, ""),
    }
}

fn bucket(n: u32) -> &'static str {
    if n < LIMITS[0] {
        "small"
    } else if n < LIMITS[1] {
        "medium"
    } else if n < LIMITS[2] {
        "large"
    } else {
        "huge"
    }
}

fn main() {
    println!("{} {}", GREETING, weekday_name(9));
    let days: Vec<&'static str> = (0..7).map(weekday_name).collect();
    println!("{}", days.join(","));
    let raw = String::from("  **important**  ");
    println!("[{}]", trim_both(&raw));
    for line in ["name = Ferris", "age=7", "flag"] {
        let (k, v) = split_pair(line);
        println!("key={:?} value={:?}", k, v);
    }
    for n in [3, 42, 512, 9999] {
        println!("{} is {}", n, bucket(n));
    }
    let kept: &'static str;
    {
        let local = String::from("temp");
        kept = if local.len() > 2 { "long-ish" } else { "short" };
    }
    println!("{}", kept);
}
