// Exercise: can a shared reference become a *mut pointer directly?
fn main() {
    let total = 0u32;
    let r = &total;
    let p = r as *mut u32;
    println!("{}", p.is_null());
}
