fn main() {
    let mut score = 0;
    println!("score = {}", score);

    score += 10;
    println!("after bonus: {}", score);

    score *= 3;
    println!("tripled: {}", score);

    score -= 5;
    println!("penalty: {}", score);

    let mut message = String::from("Game");
    message.push_str(" over");
    message.push('!');
    println!("{}", message);
}
