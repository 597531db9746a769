// Shadowing a borrowed variable: the old value lives on.
fn main() {
    let city = String::from("Lisbon");
    let r = &city;
    let city = city.len();
    println!("r = {}, city = {}", r, city);
    let city = city * 2;
    println!("doubled = {}", city);
}
