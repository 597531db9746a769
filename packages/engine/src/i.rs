use std::error::Error;
fn f(flag: bool) -> Result<i32, Box<dyn Error>> {
    if flag { return Err("bad".into()); }
    Ok(1)
}
fn main() {
    let s: String = "abc".into();
    let t = String::from("x");
    let n: i64 = 5i32.into();
    println!("{s} {t} {n} {:?}", f(false).is_ok());
}
