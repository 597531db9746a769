enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter(String),
}

fn value_in_cents(coin: &Coin) -> u32 {
    match coin {
        Coin::Penny => 1,
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter(state) => {
            println!("quarter from {}", state);
            25
        }
    }
}

fn label(coin: &Coin) -> &str {
    match coin {
        Coin::Penny => "penny",
        Coin::Nickel => "nickel",
        Coin::Dime => 10,
        Coin::Quarter(_) => "quarter",
    }
}

fn main() {
    let purse = vec![Coin::Penny, Coin::Dime, Coin::Quarter(String::from("Alaska"))];
    let mut total = 0;
    for c in &purse {
        total += value_in_cents(c);
        println!("{}", label(c));
    }
    println!("total {}", total);
}
