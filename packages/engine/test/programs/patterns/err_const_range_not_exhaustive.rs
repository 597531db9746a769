const LIMIT: u8 = 10;
fn main() {
    let x = 5u8;
    match x {
        0..=LIMIT => println!("small"),
    }
}
