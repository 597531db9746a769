// Safe alternatives to unwrap: unwrap_or, unwrap_or_else, unwrap_or_default.
fn main() {
    let maybe: Option<i32> = None;
    println!("unwrap_or = {}", maybe.unwrap_or(-1));
    println!("unwrap_or_else = {}", maybe.unwrap_or_else(|| 2 * 21));
    println!("unwrap_or_default = {}", maybe.unwrap_or_default());
    let r: Result<u8, String> = Err(String::from("bad"));
    println!("r.ok() = {:?}", r.clone().ok());
    println!("r.unwrap_or(0) = {}", r.clone().unwrap_or(0));
    let s: Option<String> = None;
    println!("len = {}", s.map(|x| x.len()).unwrap_or(0));
    let e = r.unwrap_err();
    println!("error was {}", e);
    let ok: Result<u8, String> = Ok(9);
    println!("{}", ok.unwrap_err());
}
