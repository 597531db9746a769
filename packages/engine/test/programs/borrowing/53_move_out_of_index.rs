fn main() {
    let names = vec![String::from("Ferris"), String::from("Corro")];

    let mascot = names[0];

    println!("mascot: {}", mascot);
    println!("all: {:?}", names);
}
