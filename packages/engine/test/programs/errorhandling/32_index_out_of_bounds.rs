fn main() {
    let podium = vec!["Gold: Kim", "Silver: Ola", "Bronze: Raj"];

    // .get returns an Option and never panics
    for i in 0..5 {
        match podium.get(i) {
            Some(p) => println!("place {}: {}", i + 1, p),
            None => println!("place {}: nobody", i + 1),
        }
    }

    // Indexing directly panics when out of range
    let place = 4;
    println!("about to index position {}", place);
    let who = podium[place];
    println!("{}", who);
}
