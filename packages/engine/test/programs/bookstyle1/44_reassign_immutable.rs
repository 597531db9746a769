// Quiz: why does this not compile? (variables are immutable by default)
fn main() {
    let lives = 3;
    println!("Starting with {lives} lives");
    let damage_taken = true;
    if damage_taken {
        lives = lives - 1;
    }
    println!("Lives left: {lives}");
}
