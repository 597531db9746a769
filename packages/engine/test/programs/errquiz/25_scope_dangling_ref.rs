fn main() {
    let winner: &String;
    {
        let name = String::from("Team Rocket");
        winner = &name;
        println!("inside: {}", winner);
    }
    println!("and the winner is {}", winner);
    let trophies = 3;
    println!("with {} trophies", trophies);
}
