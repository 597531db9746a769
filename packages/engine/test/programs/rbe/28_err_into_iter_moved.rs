// into_iter consumes the collection, so it cannot be used after the loop.
fn main() {
    let names = vec![String::from("Bob"), String::from("Frank"), String::from("Ferris")];

    for name in names.into_iter() {
        if name == "Ferris" {
            println!("There is a rustacean among us!");
        } else {
            println!("Hello {}", name);
        }
    }

    println!("names: {:?}", names);
}
