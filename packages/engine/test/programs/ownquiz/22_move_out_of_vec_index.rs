fn main() {
    let names = vec![String::from("Ferris"), String::from("Corro")];
    let first: String = names[0];
    println!("first = {}", first);
    println!("count = {}", names.len());
}
