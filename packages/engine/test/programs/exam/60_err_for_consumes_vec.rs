fn main() {
    let planets = vec![String::from("Mercury"), String::from("Venus"), String::from("Earth")];
    for p in planets {
        println!("visiting {}", p);
    }
    println!("visited {} planets", planets.len());
}
