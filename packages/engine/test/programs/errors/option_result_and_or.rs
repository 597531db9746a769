use std::num::IntErrorKind;

fn parse_age(s: &str) -> Result<u8, String> {
    s.trim().parse::<u8>().map_err(|e| match e.kind() {
        IntErrorKind::Empty => "empty".to_string(),
        IntErrorKind::InvalidDigit => format!("not a number: {:?}", s),
        IntErrorKind::PosOverflow => "too old".to_string(),
        other => format!("{:?}", other),
    })
}

fn main() {
    let a: Result<i32, String> = Err("first".to_string());
    let b: Result<i32, String> = Ok(10);
    println!("{:?} {:?}", a.clone().or(b.clone()), b.clone().or(a.clone()));
    println!("{:?} {:?}", b.clone().and(Ok::<&str, String>("next")), a.clone().and(Ok::<&str, String>("next")));
    println!("{:?} {:?}", Some(3).and(Some("three")), None::<i32>.and(Some("three")));
    let r: Result<u32, String> = Err("disk full".to_string());
    println!("{:?} {:?}", r.as_ref().err(), r.as_ref().ok());
    for s in ["42", "", "x1", "300", "-1"] {
        println!("{:?} -> {:?}", s, parse_age(s));
    }
    let e = "abc".parse::<i32>().unwrap_err();
    println!("{}", *e.kind() == IntErrorKind::InvalidDigit);
}
