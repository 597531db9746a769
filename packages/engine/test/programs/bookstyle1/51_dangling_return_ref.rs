// Quiz: returning a reference to a local value.
fn make_label() -> &String {
    let label = String::from("fragile");
    &label
}

fn main() {
    let l = make_label();
    println!("{l}");
}
