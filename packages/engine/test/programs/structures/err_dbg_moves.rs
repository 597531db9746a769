// dbg! takes its argument by value: pass a reference to keep using it.
fn main() {
    let name = String::from("Ferris");
    dbg!(name);
    println!("{}", name);
}
