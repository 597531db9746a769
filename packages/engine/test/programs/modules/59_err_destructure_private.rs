// expected: E0451 field `pin` of struct `Card` is private (in a pattern)
mod bank {
    pub struct Card {
        pub number: String,
        pin: u16,
    }

    pub fn issue(number: &str) -> Card {
        Card { number: number.to_string(), pin: 1234 }
    }
}

fn main() {
    let card = bank::issue("4111-1111");
    let bank::Card { number, pin } = card;
    println!("{} {}", number, pin);
}
