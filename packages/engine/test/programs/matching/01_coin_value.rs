#[derive(Debug)]
enum UsState {
    Alabama,
    Alaska,
    Texas,
}

enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter(UsState),
}

fn value_in_cents(coin: Coin) -> u8 {
    match coin {
        Coin::Penny => {
            println!("Lucky penny!");
            1
        }
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter(state) => {
            println!("State quarter from {:?}!", state);
            25
        }
    }
}

fn main() {
    let purse = vec![
        Coin::Penny,
        Coin::Quarter(UsState::Alaska),
        Coin::Dime,
        Coin::Nickel,
        Coin::Quarter(UsState::Texas),
        Coin::Quarter(UsState::Alabama),
    ];
    let mut total: u32 = 0;
    for coin in purse {
        total += value_in_cents(coin) as u32;
    }
    println!("Total: {} cents", total);
}
