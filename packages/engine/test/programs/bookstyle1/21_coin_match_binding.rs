// match arms can bind values out of a variant.
#[derive(Debug, Clone, Copy)]
enum Region {
    North,
    South,
}

enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter(Region),
}

fn value_in_cents(coin: &Coin) -> u8 {
    match coin {
        Coin::Penny => {
            println!("Lucky penny!");
            1
        }
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter(region) => {
            println!("Quarter from {:?}", region);
            25
        }
    }
}

fn main() {
    let purse = [Coin::Penny, Coin::Quarter(Region::South), Coin::Dime, Coin::Nickel, Coin::Quarter(Region::North)];
    let mut total = 0u32;
    for coin in &purse {
        total += value_in_cents(coin) as u32;
    }
    println!("total: {total} cents");

    let roll = 7;
    let action = match roll {
        1 => "lose a turn",
        2..=5 => "move",
        6 | 7 => "roll again",
        _ => "nothing",
    };
    println!("roll {roll}: {action}");
}
