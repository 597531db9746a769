use std::mem;

#[derive(Debug)]
struct Team {
    name: &'static str,
    goalkeeper: String,
    captain: String,
}

fn main() {
    let mut red = Team { name: "Red", goalkeeper: "Olsen".to_string(), captain: "Ruiz".to_string() };
    let mut blue = Team { name: "Blue", goalkeeper: "Kane".to_string(), captain: "Ito".to_string() };

    // trade goalkeepers between two different structs
    mem::swap(&mut red.goalkeeper, &mut blue.goalkeeper);

    // swap two fields of the same struct: disjoint fields are fine
    mem::swap(&mut red.goalkeeper, &mut red.captain);

    println!("{:?}", red);
    println!("{:?}", blue);
    println!("{} vs {}", red.name, blue.name);
}
