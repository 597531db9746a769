mod inventory {
    struct Item {
        pub name: String,
    }
    pub fn count() -> usize { 0 }
}
fn main() {
    let i = inventory::Item { name: String::from("x") };
    println!("{}", inventory::count());
}
