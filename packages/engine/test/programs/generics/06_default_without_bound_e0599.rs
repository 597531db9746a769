fn make<T>() -> T { T::default() }
fn main() { let x: i32 = make(); println!("{}", x); }
