// The fifth player doesn't exist: unwrap on None panics.
fn main() {
    let players = vec!["Ari", "Bo", "Cy", "Di"];
    let picks: Vec<&str> = players.iter().step_by(2).copied().collect();
    println!("picked: {:?}", picks);

    let third = players.iter().nth(2).unwrap();
    println!("third: {}", third);

    let fifth = players.iter().nth(4).unwrap();
    println!("fifth: {}", fifth);
}
