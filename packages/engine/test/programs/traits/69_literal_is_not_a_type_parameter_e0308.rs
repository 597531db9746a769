fn zero<T>() -> T { 0 }
fn pick<T>(a: T, flag: bool) -> T { if flag { a } else { 1.5 } }
fn main() { let x: i32 = zero(); println!("{}", x); }
