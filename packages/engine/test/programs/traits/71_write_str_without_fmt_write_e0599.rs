fn main() { let mut s = String::new(); s.write_str("x").unwrap(); println!("{}", s); }
