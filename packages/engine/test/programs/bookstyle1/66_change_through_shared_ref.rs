// Quiz: a shared reference cannot be used to modify the value.
fn add_exclamation(text: &String) {
    text.push_str("!");
}

fn main() {
    let mut cheer = String::from("Go team");
    add_exclamation(&cheer);
    println!("{cheer}");
}
