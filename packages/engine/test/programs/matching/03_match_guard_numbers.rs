fn describe(n: i32) -> String {
    match n {
        x if x < 0 => format!("{} is negative", x),
        0 => String::from("zero"),
        x if x % 2 == 0 => format!("{} is even", x),
        x => format!("{} is odd", x),
    }
}

fn main() {
    for n in [-7, 0, 4, 9, 12] {
        println!("{}", describe(n));
    }

    let pair = (2, -2);
    match pair {
        (x, y) if x == y => println!("These are twins"),
        (x, y) if x + y == 0 => println!("Antimatter, kaboom!"),
        (x, _) if x % 2 == 1 => println!("The first one is odd"),
        _ => println!("No correlation..."),
    }
}
